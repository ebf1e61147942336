import type { TokenSource } from "../api/client";

/** No token without the person: the pane shows a sign-in button, which calls signIn(). */
export class SignInRequired extends Error {
  constructor() {
    super("Sign in to see your call-backs.");
    this.name = "SignInRequired";
  }
}

/** A token source a person can sign in to; signIn() may leave the page (a redirect) and never return. */
export interface SignIn extends TokenSource {
  /** Who is signed in, when anyone is. */
  readonly userName: string | null;
  signIn(): Promise<void>;
}
