import { describe, expect, it } from "vitest";
import { classifySendError } from "./classify-send-error";

// Error shapes as nodemailer 8 produces them (checked against a real smtp-server).
const smtpError = (message: string, props: Record<string, unknown>) =>
  Object.assign(new Error(message), props);

/** A failure of a message the transport had handed to the server (most cases below). */
const afterHandOver = (error: unknown) => classifySendError(error, { handedOver: true });

describe("classifySendError", () => {
  it("retries when the server cannot be reached: the message certainly did not go out", () => {
    const refused = smtpError("connect ECONNREFUSED 127.0.0.1:2525", {
      code: "ESOCKET",
      command: "CONN",
      syscall: "connect",
    });
    expect(afterHandOver(refused)).toMatchObject({ kind: "retry", serverUnavailable: true });
    expect(
      afterHandOver(smtpError("Greeting never received", { code: "ETIMEDOUT", command: "CONN" })),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
    expect(
      afterHandOver(
        smtpError("Invalid login: 535", { code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 }),
      ),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
  });

  it("retries a temporary refusal (4xx), and a 5xx that is not about this message", () => {
    expect(
      afterHandOver(smtpError("451 try later", { code: "EENVELOPE", command: "RCPT TO", responseCode: 451 })),
    ).toMatchObject({ kind: "retry", serverUnavailable: false });
    expect(
      afterHandOver(
        smtpError("550 sender refused", { code: "EENVELOPE", command: "MAIL FROM", responseCode: 550 }),
      ),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
  });

  it("fails at once when the server refuses this recipient or this message for good", () => {
    expect(
      afterHandOver(
        smtpError("550 no such user", { code: "EENVELOPE", command: "RCPT TO", responseCode: 550 }),
      ),
    ).toMatchObject({ kind: "rejected" });
    expect(
      afterHandOver(smtpError("554 spam", { code: "EMESSAGE", command: "DATA", responseCode: 554 })),
    ).toMatchObject({ kind: "rejected" });
  });

  it("is in doubt when an open connection breaks without an answer", () => {
    expect(
      afterHandOver(smtpError("Connection closed unexpectedly", { code: "ECONNECTION", command: "CONN" })),
    ).toMatchObject({ kind: "in_doubt" });
    expect(afterHandOver(smtpError("Timeout", { code: "ETIMEDOUT", command: "CONN" }))).toMatchObject({
      kind: "in_doubt",
    });
    expect(afterHandOver("something odd")).toMatchObject({ kind: "in_doubt", message: "something odd" });
  });

  it("is never in doubt when the message was not handed over yet: nothing of it reached the server", () => {
    const broken = smtpError("Connection closed unexpectedly", { code: "ECONNECTION", command: "CONN" });
    expect(classifySendError(broken, { handedOver: false })).toMatchObject({
      kind: "retry",
      serverUnavailable: true,
    });
    const refused = smtpError("550 no such user", {
      code: "EENVELOPE",
      command: "RCPT TO",
      responseCode: 550,
    });
    expect(classifySendError(refused, { handedOver: false })).toMatchObject({ kind: "rejected" });
  });
});
