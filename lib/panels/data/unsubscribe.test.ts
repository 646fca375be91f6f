import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, unsubscribeMailParts, verifyUnsubscribeToken } from "./unsubscribe";

const SECRET = "een-geheim-van-minstens-zestien-tekens";

describe("unsubscribe tokens", () => {
  it("name the member they were signed for", () => {
    const token = signUnsubscribeToken(42, SECRET);
    expect(token).toMatch(/^42\.[A-Za-z0-9_-]{22}$/);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe(42);
  });

  it("do not open another member when the id is changed", () => {
    const token = signUnsubscribeToken(42, SECRET);
    expect(verifyUnsubscribeToken(token.replace(/^42\./, "43."), SECRET)).toBeNull();
  });

  it("are refused when signed with another secret, altered or malformed", () => {
    const token = signUnsubscribeToken(42, SECRET);
    expect(verifyUnsubscribeToken(token, "een-ander-geheim-van-zestien-tekens")).toBeNull();
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}${last}`, SECRET)).toBeNull();
    for (const bad of ["", "42", "42.", "0.abc", "-1.aaaaaaaaaaaaaaaaaaaaaa", `${token}x`, "x.y"]) {
      expect(verifyUnsubscribeToken(bad, SECRET)).toBeNull();
    }
  });

  it("refuse to sign something that is not a member id", () => {
    expect(() => signUnsubscribeToken(0, SECRET)).toThrow();
    expect(() => signUnsubscribeToken(1.5, SECRET)).toThrow();
  });

  it("give a mail both the footer link and the List-Unsubscribe header", () => {
    const parts = unsubscribeMailParts("https://peiling.example/panel/afmelden/1.x");
    expect(parts.listUnsubscribe).toBe("https://peiling.example/panel/afmelden/1.x");
    expect(parts.footerLinks?.[0]?.url).toBe("https://peiling.example/panel/afmelden/1.x");
  });
});
