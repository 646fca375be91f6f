/*
 * Comments form threads: a thread's first comment has no threadId; a reply names that first
 * comment. Threads hang on a question by its stable id, so a thread started on version 1 still
 * shows beside the same question in version 2 (marked with the version it was made on).
 */

export type ReviewComment = {
  id: number;
  threadId: number | null;
  questionId: string | null;
  versionId: number;
  authorId: number | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
};

export type ReviewThread<C extends ReviewComment = ReviewComment> = {
  /** The first comment: it carries the question, the version and whether the thread is resolved. */
  root: C;
  replies: C[];
  resolved: boolean;
  /** The latest activity, for ordering. */
  lastAt: Date;
};

/** Groups comments into threads, oldest thread first, replies in order. Orphan replies are dropped. */
export function buildThreads<C extends ReviewComment>(comments: readonly C[]): ReviewThread<C>[] {
  const threads = new Map<number, ReviewThread<C>>();
  const sorted = [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  for (const comment of sorted) {
    if (comment.threadId === null) {
      threads.set(comment.id, {
        root: comment,
        replies: [],
        resolved: comment.resolvedAt !== null,
        lastAt: comment.createdAt,
      });
    }
  }
  for (const comment of sorted) {
    if (comment.threadId === null) continue;
    const thread = threads.get(comment.threadId);
    if (!thread) continue;
    thread.replies.push(comment);
    thread.lastAt = comment.createdAt;
  }
  return [...threads.values()];
}

/** Threads per question id; threads on the survey as a whole under the key `null`. */
export function threadsByQuestion<C extends ReviewComment>(
  threads: readonly ReviewThread<C>[],
): Map<string | null, ReviewThread<C>[]> {
  const out = new Map<string | null, ReviewThread<C>[]>();
  for (const thread of threads) {
    const key = thread.root.questionId;
    const list = out.get(key) ?? [];
    list.push(thread);
    out.set(key, list);
  }
  return out;
}

/**
 * Threads whose question is not in the version being read (the question was removed or renamed
 * to a new id): they are still shown, apart, so no comment disappears from view.
 */
export function threadsOnMissingQuestions<C extends ReviewComment>(
  threads: readonly ReviewThread<C>[],
  questionIds: ReadonlySet<string>,
): ReviewThread<C>[] {
  return threads.filter((t) => t.root.questionId !== null && !questionIds.has(t.root.questionId));
}
