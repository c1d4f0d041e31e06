import { describe, expect, it } from "vitest";

import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  displayPrefix,
  generateTokenSecret,
  hashTokenSecret,
} from "@/lib/auth/token-secret";

describe("passwords", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");

    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse battery", first)).toBe(true);
    expect(await verifyPassword("correct horse batterY", first)).toBe(false);
    expect(await verifyPassword("anything", "md5$abc")).toBe(false);
  });

  it("generates distinct readable passwords", () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[\w-]{20}$/);
  });
});

describe("token secrets", () => {
  it("are 256-bit, prefixed, and hashed with SHA-256", () => {
    const secret = generateTokenSecret();

    expect(secret).toMatch(/^tdl_[\w-]{43}$/);
    expect(displayPrefix(secret)).toBe(secret.slice(0, 10));
    // sha256("abc"), the FIPS 180-2 test vector.
    expect(hashTokenSecret("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
