import { describe, expect, it } from "vitest";
import { detectHost, isFramed } from "../src/host/host";

describe("detectHost", () => {
  it("reads the manifests' host marker", () => {
    expect(detectHost("?host=outlook")).toBe("outlook");
    expect(detectHost("?host=teams")).toBe("teams");
  });

  it("knows Outlook from Office's own _host_Info and anything else is a plain browser", () => {
    expect(detectHost("?_host_Info=Outlook$Win32$16.02$en-US$$$$0")).toBe("outlook");
    expect(detectHost("")).toBe("browser");
    expect(detectHost("?host=word")).toBe("browser");
  });
});

describe("isFramed", () => {
  it("is false at the top and true inside a frame", () => {
    const top = { self: 1, top: 1 } as unknown as Window;
    const framed = { self: 1, top: 2 } as unknown as Window;
    expect(isFramed(top)).toBe(false);
    expect(isFramed(framed)).toBe(true);
  });
});
