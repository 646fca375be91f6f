CREATE TABLE `advice` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`review_round_id` integer NOT NULL,
	`introduction` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer,
	`submitted_by` integer,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advice_round_idx` ON `advice` (`review_round_id`);--> statement-breakpoint
CREATE TABLE `advice_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`advice_id` integer NOT NULL,
	`number` integer NOT NULL,
	`body` text NOT NULL,
	`question_ids` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`advice_id`) REFERENCES `advice`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advice_points_number_idx` ON `advice_points` (`advice_id`,`number`);--> statement-breakpoint
CREATE TABLE `advice_response_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`point_id` integer NOT NULL,
	`verdict` text NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`handled_in_version_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `advice_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`point_id`) REFERENCES `advice_points`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`handled_in_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advice_response_point_idx` ON `advice_response_points` (`response_id`,`point_id`);--> statement-breakpoint
CREATE TABLE `advice_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`advice_id` integer NOT NULL,
	`introduction` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`finalized_by` integer,
	`finalized_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`advice_id`) REFERENCES `advice`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finalized_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advice_responses_advice_id_unique` ON `advice_responses` (`advice_id`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`message_id` text NOT NULL,
	`template` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_outbox_message_id_unique` ON `mail_outbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `review_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`question_id` text,
	`thread_id` integer,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer,
	`resolved_by` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_comments_survey_idx` ON `review_comments` (`survey_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `review_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`shared_by` integer,
	`shared_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`advice_deadline` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shared_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_rounds_survey_idx` ON `review_rounds` (`survey_id`);