/** The municipality's answer to one point of the Adviesraad's advice. */
export const VERDICTS = ["overgenomen", "deels_overgenomen", "niet_overgenomen"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The advice and the official response as the public results page shows them, point by point. */
export type PublishedAdvicePoint = {
  number: number;
  body: string;
  /** The questions the point is about, with their text in the version the Adviesraad read. */
  questions: { id: string; number: number | null; text: string | null }[];
  /** The response to this point; null while the response is not final. */
  response: { verdict: Verdict; explanation: string; handledInVersionNumber: number | null } | null;
};

export type PublishedAdvice = {
  /** 1-based review round, and the number of the version it shared. */
  roundNumber: number;
  versionNumber: number;
  sharedAt: Date;
  adviceDeadline: Date;
  advice: { introduction: string; submittedAt: Date; late: boolean };
  points: PublishedAdvicePoint[];
  /** The final official response; null while staff are still writing it. */
  response: { introduction: string; finalizedAt: Date } | null;
};
