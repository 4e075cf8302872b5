CREATE TABLE `letter_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer,
	`letter_count` integer NOT NULL,
	`pages` integer NOT NULL,
	`pdf` blob NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letter_batches_sha256" CHECK(length("letter_batches"."sha256") = 64 AND "letter_batches"."sha256" NOT GLOB '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE INDEX `letter_batches_run` ON `letter_batches` (`run_id`);--> statement-breakpoint
CREATE TABLE `letter_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`language` text NOT NULL,
	`regime` text NOT NULL,
	`body` text NOT NULL,
	`base_version` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "letter_templates_language" CHECK("letter_templates"."language" IN ('nl', 'fr', 'en')),
	CONSTRAINT "letter_templates_regime" CHECK("letter_templates"."regime" IN ('NL-b2b', 'NL-b2c', 'BE-b2b', 'BE-b2c', 'any'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_templates_key` ON `letter_templates` (`key`,`language`,`regime`);--> statement-breakpoint
CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`run_id` integer,
	`action_id` integer,
	`plan_id` integer,
	`customer_id` integer NOT NULL,
	`batch_id` integer,
	`copy_of` integer,
	`template_key` text NOT NULL,
	`template_version` text NOT NULL,
	`language` text NOT NULL,
	`regime` text NOT NULL,
	`channel` text NOT NULL,
	`letter_date` text NOT NULL,
	`reference` text,
	`total_cents` integer,
	`pages` integer NOT NULL,
	`pdf` blob NOT NULL,
	`sha256` text NOT NULL,
	`content_json` text NOT NULL,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `dunning_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `letter_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_of`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letters_kind" CHECK("letters"."kind" IN ('dunning', 'statement', 'plan')),
	CONSTRAINT "letters_language" CHECK("letters"."language" IN ('nl', 'fr', 'en')),
	CONSTRAINT "letters_regime" CHECK("letters"."regime" IN ('NL-b2b', 'NL-b2c', 'BE-b2b', 'BE-b2c')),
	CONSTRAINT "letters_channel" CHECK("letters"."channel" IN ('letter', 'email')),
	CONSTRAINT "letters_date" CHECK("letters"."letter_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "letters_total" CHECK("letters"."total_cents" IS NULL OR typeof("letters"."total_cents") = 'integer'),
	CONSTRAINT "letters_pages" CHECK(typeof("letters"."pages") = 'integer' AND "letters"."pages" >= 1),
	CONSTRAINT "letters_sha256" CHECK(length("letters"."sha256") = 64 AND "letters"."sha256" NOT GLOB '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE INDEX `letters_customer` ON `letters` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `letters_run` ON `letters` (`run_id`);--> statement-breakpoint
CREATE INDEX `letters_copy_of` ON `letters` (`copy_of`);--> statement-breakpoint
CREATE UNIQUE INDEX `letters_action_original` ON `letters` (`action_id`) WHERE "letters"."copy_of" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `letters_reference` ON `letters` (`reference`) WHERE "letters"."copy_of" IS NULL;