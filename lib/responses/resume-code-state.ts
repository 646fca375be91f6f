/** The state of the resume-code form between submissions (shared by the form and the action). */
export type ResumeCodeState = {
  attempt: number;
  code?: string;
  error?: "format" | "not_found" | "rate_limited" | "rate_limited_day" | "survey_closed";
};
