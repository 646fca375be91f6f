CREATE TABLE `open_answer_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`response_id` integer NOT NULL,
	`question_id` text NOT NULL,
	`item` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`findings` text DEFAULT '[]' NOT NULL,
	`redacted_text` text NOT NULL,
	`quote` integer DEFAULT false NOT NULL,
	`moderated_by` integer,
	`moderated_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `open_answer_reviews_queue_idx` ON `open_answer_reviews` (`survey_id`,`question_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `open_answer_reviews_answer_idx` ON `open_answer_reviews` (`response_id`,`question_id`,`item`);--> statement-breakpoint
CREATE TABLE `result_cells` (
	`survey_id` integer NOT NULL,
	`question_id` text NOT NULL,
	`item` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`channel` text NOT NULL,
	`panel_id` integer DEFAULT 0 NOT NULL,
	`age_group` text DEFAULT '' NOT NULL,
	`sex` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `question_id`, `item`, `value`, `channel`, `panel_id`, `age_group`, `sex`, `district`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `result_cubes` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`response_count` integer DEFAULT 0 NOT NULL,
	`built_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `result_publications` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`snapshot` text NOT NULL,
	`published_by` integer,
	`published_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`withdrawn_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `result_settings` (
	`survey_id` integer PRIMARY KEY NOT NULL,
	`min_cell_size` integer DEFAULT 5 NOT NULL,
	`weighting` text DEFAULT 'raking' NOT NULL,
	`trim_low` real DEFAULT 0.3 NOT NULL,
	`trim_high` real DEFAULT 3 NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
