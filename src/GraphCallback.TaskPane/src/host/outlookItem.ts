/** The Outlook item the pane was opened on: a voicemail, a missed-call notice, or any other mail. */
export interface OpenItem {
  itemId: string;
  subject: string;
  isCallItem: boolean;
}

// Exchange UM voicemail (IPM.Note.Microsoft.Voicemail.UM.CA) and missed-call (IPM.Note.Microsoft.Missed.Voice) classes.
const callClasses = ["voicemail", "missed"];

/** Null when there is no item in read mode (compose, or nothing selected). */
export function openItem(office: Pick<typeof Office, "context"> | undefined): OpenItem | null {
  const item = office?.context?.mailbox?.item as Office.MessageRead | undefined;
  if (!item?.itemId) return null;
  const itemClass = (item.itemClass ?? "").toLowerCase();
  return {
    itemId: item.itemId,
    subject: item.subject ?? "",
    isCallItem: callClasses.some((c) => itemClass.includes(c)),
  };
}
