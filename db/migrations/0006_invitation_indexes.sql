CREATE INDEX `invitations_round_idx` ON `invitations` (`round_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_survey_member_idx` ON `invitations` (`survey_id`,`member_id`);