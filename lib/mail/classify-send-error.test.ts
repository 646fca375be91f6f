import { describe, expect, it } from "vitest";
import { classifySendError } from "./classify-send-error";

// Error shapes as nodemailer 8 produces them (checked against a real smtp-server).
const smtpError = (message: string, props: Record<string, unknown>) =>
  Object.assign(new Error(message), props);

describe("classifySendError", () => {
  it("retries when the server cannot be reached: the message certainly did not go out", () => {
    const refused = smtpError("connect ECONNREFUSED 127.0.0.1:2525", {
      code: "ESOCKET",
      command: "CONN",
      syscall: "connect",
    });
    expect(classifySendError(refused)).toMatchObject({ kind: "retry", serverUnavailable: true });
    expect(
      classifySendError(smtpError("Greeting never received", { code: "ETIMEDOUT", command: "CONN" })),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
    expect(
      classifySendError(
        smtpError("Invalid login: 535", { code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 }),
      ),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
  });

  it("retries a temporary refusal (4xx), and a 5xx that is not about this message", () => {
    expect(
      classifySendError(
        smtpError("451 try later", { code: "EENVELOPE", command: "RCPT TO", responseCode: 451 }),
      ),
    ).toMatchObject({ kind: "retry", serverUnavailable: false });
    expect(
      classifySendError(
        smtpError("550 sender refused", { code: "EENVELOPE", command: "MAIL FROM", responseCode: 550 }),
      ),
    ).toMatchObject({ kind: "retry", serverUnavailable: true });
  });

  it("fails at once when the server refuses this recipient or this message for good", () => {
    expect(
      classifySendError(
        smtpError("550 no such user", { code: "EENVELOPE", command: "RCPT TO", responseCode: 550 }),
      ),
    ).toMatchObject({ kind: "rejected" });
    expect(
      classifySendError(smtpError("554 spam", { code: "EMESSAGE", command: "DATA", responseCode: 554 })),
    ).toMatchObject({ kind: "rejected" });
  });

  it("is in doubt when an open connection breaks without an answer", () => {
    expect(
      classifySendError(
        smtpError("Connection closed unexpectedly", { code: "ECONNECTION", command: "CONN" }),
      ),
    ).toMatchObject({ kind: "in_doubt" });
    expect(classifySendError(smtpError("Timeout", { code: "ETIMEDOUT", command: "CONN" }))).toMatchObject({
      kind: "in_doubt",
    });
    expect(classifySendError("something odd")).toMatchObject({ kind: "in_doubt", message: "something odd" });
  });
});
