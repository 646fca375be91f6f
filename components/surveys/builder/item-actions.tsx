"use client";

import type { ReactNode } from "react";
import { builderFieldId } from "@/lib/surveys/client";
import { useAnnounce } from "./live-region";
import { useFocusAfterRender } from "./use-focus-after-render";

/*
 * Move up, move down and remove for one item of a list (page, question, option, statement, scale
 * point, condition). Plain buttons, usable by keyboard: after a move, focus stays on the same
 * button of the moved item at its new place and the live region says where it is now; after a
 * removal, focus goes to the list's add button.
 */

export type ListMessages = {
  moved: (position: number, count: number) => string;
  alreadyFirst: string;
  alreadyLast: string;
  removed: (index: number) => string;
  /** When the list may not become shorter than its minimum (e.g. a page's last question). */
  cannotRemove?: string;
};

export function useListActions(opts: {
  listPath: string;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  messages: ListMessages;
  minimum?: number;
}) {
  const announce = useAnnounce();
  const focusLater = useFocusAfterRender();
  const { listPath, count, messages } = opts;
  const buttonId = (index: number, which: "up" | "down" | "remove") =>
    `${builderFieldId(`${listPath}.${index}`)}-${which}`;

  const moveBy = (index: number, step: -1 | 1) => {
    const to = index + step;
    if (to < 0) return announce(messages.alreadyFirst);
    if (to >= count) return announce(messages.alreadyLast);
    opts.move(index, to);
    focusLater(buttonId(to, step < 0 ? "up" : "down"));
    announce(messages.moved(to + 1, count));
  };
  const removeAt = (index: number) => {
    if (count <= (opts.minimum ?? 0)) return announce(messages.cannotRemove ?? "");
    opts.remove(index);
    focusLater(builderFieldId(`${listPath}.add`));
    announce(messages.removed(index));
  };
  return { buttonId, moveBy, removeAt };
}

export function ItemActions({
  index,
  labels,
  actions,
}: {
  index: number;
  labels: { up: string; down: string; remove: string };
  actions: ReturnType<typeof useListActions>;
}) {
  return (
    <div className="builder-item-actions">
      <ItemButton id={actions.buttonId(index, "up")} onClick={() => actions.moveBy(index, -1)} arrow="↑">
        {labels.up}
      </ItemButton>
      <ItemButton id={actions.buttonId(index, "down")} onClick={() => actions.moveBy(index, 1)} arrow="↓">
        {labels.down}
      </ItemButton>
      <ItemButton id={actions.buttonId(index, "remove")} onClick={() => actions.removeAt(index)}>
        {labels.remove}
      </ItemButton>
    </div>
  );
}

/** One of the item's small buttons; an arrow before the text is hidden from screen readers. */
function ItemButton({
  id,
  onClick,
  arrow,
  children,
}: {
  id: string;
  onClick: () => void;
  arrow?: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className="button button--secondary button--small" id={id} onClick={onClick}>
      {arrow ? <span aria-hidden="true">{`${arrow} `}</span> : null}
      {children}
    </button>
  );
}
