import type { Draft } from "../api/types";

export type Opened = "form" | "link" | "none";

/**
 * Opens a draft the API wrote: Outlook's own message form where the pane runs in Outlook, else the
 * draft's Outlook on the web link in a new window.
 */
export function openDraft(draft: Draft, office: typeof Office | undefined, open: (url: string) => unknown = (url) => window.open(url, "_blank", "noopener")): Opened {
  const mailbox = office?.context?.mailbox;
  if (mailbox?.displayMessageForm) {
    const ewsId = mailbox.convertToEwsId ? mailbox.convertToEwsId(draft.id, Office.MailboxEnums.RestVersion.v2_0) : draft.id;
    mailbox.displayMessageForm(ewsId);
    return "form";
  }
  if (draft.webLink) {
    open(draft.webLink);
    return "link";
  }
  return "none";
}
