import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { supportsNestedAuth } from "../src/auth/chooseSignIn";

function outlook(supported: string[]): typeof Office {
  return new OfficeMockObject({
    host: "outlook",
    context: { requirements: { isSetSupported: (name: string, version: string) => supported.includes(`${name} ${version}`) } },
  }) as unknown as typeof Office;
}

describe("supportsNestedAuth", () => {
  it("is true only where the client declares NestedAppAuth 1.1", () => {
    expect(supportsNestedAuth(outlook(["NestedAppAuth 1.1"]))).toBe(true);
    expect(supportsNestedAuth(outlook(["Mailbox 1.3"]))).toBe(false);
    expect(supportsNestedAuth(undefined)).toBe(false);
  });
});
