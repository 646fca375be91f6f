CREATE TABLE `response_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`code` text NOT NULL,
	`source` text NOT NULL,
	`batch` text NOT NULL,
	`issued_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`entered_at` integer,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `response_codes_code_idx` ON `response_codes` (`survey_id`,`code`);--> statement-breakpoint
CREATE INDEX `response_codes_batch_idx` ON `response_codes` (`survey_id`,`batch`);--> statement-breakpoint
CREATE TABLE `staff_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`entered_by` integer,
	`status` text NOT NULL,
	`double_entry` integer DEFAULT false NOT NULL,
	`answers` text,
	`response_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `response_codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `staff_entries_code_idx` ON `staff_entries` (`survey_id`,`code_id`);