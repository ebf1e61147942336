/**
 * What the sign-in dialog tells the pane through Office's messageParent: a token, or why there is
 * none. The pane checks the sender's origin before it reads this.
 */
export type DialogMessage =
  | { status: "signedIn"; accessToken: string; expiresOn: number; userName: string | null }
  | { status: "failed"; message: string };

/** The message as the dialog sends it. */
export function writeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

const unreadable: DialogMessage = { status: "failed", message: "The sign-in window sent something unreadable." };

/** The message as the pane receives it; anything else is a failure with a reason. */
export function readDialogMessage(text: string): DialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return unreadable;
  }
  const message = value as Partial<{ status: string; accessToken: unknown; expiresOn: unknown; userName: unknown; message: unknown }>;
  if (message?.status === "signedIn" && typeof message.accessToken === "string" && message.accessToken && typeof message.expiresOn === "number") {
    return { status: "signedIn", accessToken: message.accessToken, expiresOn: message.expiresOn, userName: typeof message.userName === "string" ? message.userName : null };
  }
  if (message?.status === "failed" && typeof message.message === "string") return { status: "failed", message: message.message };
  return unreadable;
}
