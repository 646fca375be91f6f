"use client";

import type { RefObject } from "react";

/**
 * The foot of a review document kept as a draft (the advice, the official response): what sending
 * means, then "save" and the button that makes it final. Each posts its `intent`, and tells the
 * form's browser check which one was pressed (sending asks more than saving).
 */
export function SaveOrSendButtons<Send extends string>({
  intent,
  help,
  saveLabel,
  send,
  sendLabel,
}: {
  intent: RefObject<"save" | Send>;
  help: string;
  saveLabel: string;
  /** The intent that makes the document final ("submit", "finalize"). */
  send: Send;
  sendLabel: string;
}) {
  return (
    <div className="advice-form__submit">
      <p>{help}</p>
      <div className="button-row">
        <button
          type="submit"
          name="intent"
          value="save"
          className="button button--secondary"
          onClick={() => {
            intent.current = "save";
          }}
        >
          {saveLabel}
        </button>
        <button
          type="submit"
          name="intent"
          value={send}
          className="button"
          onClick={() => {
            intent.current = send;
          }}
        >
          {sendLabel}
        </button>
      </div>
    </div>
  );
}
