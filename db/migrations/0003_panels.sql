CREATE TABLE `invitation_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`panel_id` integer NOT NULL,
	`sample` text NOT NULL,
	`reminder_days` text NOT NULL,
	`reminders_sent` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `invitation_rounds_survey_idx` ON `invitation_rounds` (`survey_id`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`panel_id` integer NOT NULL,
	`member_id` integer,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`started_at` integer,
	`used_at` integer,
	`last_reminded_at` integer,
	FOREIGN KEY (`round_id`) REFERENCES `invitation_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `panel_members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_survey_idx` ON `invitations` (`survey_id`,`panel_id`);--> statement-breakpoint
CREATE INDEX `invitations_member_idx` ON `invitations` (`member_id`);--> statement-breakpoint
CREATE TABLE `letter_code_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panel_id` integer NOT NULL,
	`size` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `letter_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`panel_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`code_sealed` text NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `letter_code_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_codes_code_hash_unique` ON `letter_codes` (`code_hash`);--> statement-breakpoint
CREATE INDEX `letter_codes_batch_idx` ON `letter_codes` (`batch_id`);--> statement-breakpoint
CREATE TABLE `member_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`panel_id` integer NOT NULL,
	`privacy_version` integer NOT NULL,
	`consented_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `panel_members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `member_consents_member_idx` ON `member_consents` (`member_id`);--> statement-breakpoint
CREATE TABLE `member_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `panel_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_tokens_token_hash_unique` ON `member_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `member_tokens_member_idx` ON `member_tokens` (`member_id`);--> statement-breakpoint
CREATE TABLE `panel_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panel_id` integer NOT NULL,
	`email` text,
	`birth_year` integer NOT NULL,
	`sex` text NOT NULL,
	`postcode` text,
	`district` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`joined_via` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`confirmed_at` integer,
	`paused_at` integer,
	`left_at` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`panel_id`) REFERENCES `panels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panel_members_email_idx` ON `panel_members` (`panel_id`,`email`);--> statement-breakpoint
CREATE INDEX `panel_members_status_idx` ON `panel_members` (`panel_id`,`status`);--> statement-breakpoint
CREATE TABLE `panels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`privacy_text` text NOT NULL,
	`privacy_version` integer DEFAULT 1 NOT NULL,
	`min_age` integer DEFAULT 16 NOT NULL,
	`max_invitations_per_year` integer DEFAULT 4 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panels_slug_unique` ON `panels` (`slug`);--> statement-breakpoint
CREATE TABLE `population_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dimension` text NOT NULL,
	`category` text NOT NULL,
	`count` integer NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `population_figures_idx` ON `population_figures` (`dimension`,`category`);--> statement-breakpoint
CREATE TABLE `postcode_districts` (
	`postcode4` text PRIMARY KEY NOT NULL,
	`district` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `responses` ADD `panel_id` integer REFERENCES panels(id);--> statement-breakpoint
ALTER TABLE `responses` ADD `member_id` integer REFERENCES panel_members(id);--> statement-breakpoint
ALTER TABLE `responses` ADD `age_group` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `sex` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `district` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `invitation_sealed` text;--> statement-breakpoint
ALTER TABLE `surveys` ADD `allow_breakdowns` integer DEFAULT true NOT NULL;