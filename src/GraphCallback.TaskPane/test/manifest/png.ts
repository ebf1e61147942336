import { readFileSync } from "node:fs";

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
export function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
