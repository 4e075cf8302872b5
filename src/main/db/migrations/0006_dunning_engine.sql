CREATE TABLE `dunning_action_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`field` text NOT NULL,
	`from_cents` integer NOT NULL,
	`to_cents` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `dunning_actions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_action_edits_field" CHECK("dunning_action_edits"."field" IN ('fee', 'costs', 'interest')),
	CONSTRAINT "dunning_action_edits_from" CHECK(typeof("dunning_action_edits"."from_cents") = 'integer'),
	CONSTRAINT "dunning_action_edits_to" CHECK(typeof("dunning_action_edits"."to_cents") = 'integer' AND "dunning_action_edits"."to_cents" >= 0),
	CONSTRAINT "dunning_action_edits_reason" CHECK(length(trim("dunning_action_edits"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `dunning_action_edits_action` ON `dunning_action_edits` (`action_id`);--> statement-breakpoint
CREATE TABLE `dunning_action_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`number` text NOT NULL,
	`level` integer NOT NULL,
	`advances` integer DEFAULT false NOT NULL,
	`open_cents` integer NOT NULL,
	`due_date` text NOT NULL,
	`days_overdue` integer NOT NULL,
	`interest_cents` integer NOT NULL,
	`interest_from` text,
	`interest_rate` text,
	`compensation_cents` integer NOT NULL,
	`costs_cents` integer NOT NULL,
	`explanation_json` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `dunning_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_action_lines_level" CHECK("dunning_action_lines"."level" >= 0),
	CONSTRAINT "dunning_action_lines_open" CHECK(typeof("dunning_action_lines"."open_cents") = 'integer'),
	CONSTRAINT "dunning_action_lines_interest" CHECK(typeof("dunning_action_lines"."interest_cents") = 'integer'),
	CONSTRAINT "dunning_action_lines_compensation" CHECK(typeof("dunning_action_lines"."compensation_cents") = 'integer'),
	CONSTRAINT "dunning_action_lines_costs" CHECK(typeof("dunning_action_lines"."costs_cents") = 'integer'),
	CONSTRAINT "dunning_action_lines_due" CHECK("dunning_action_lines"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "dunning_action_lines_interest_from" CHECK("dunning_action_lines"."interest_from" IS NULL OR "dunning_action_lines"."interest_from" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `dunning_action_lines_action` ON `dunning_action_lines` (`action_id`);--> statement-breakpoint
CREATE INDEX `dunning_action_lines_invoice` ON `dunning_action_lines` (`invoice_id`,`level`);--> statement-breakpoint
CREATE TABLE `dunning_exclusions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`reason` text NOT NULL,
	`explanation_json` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `dunning_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dunning_exclusions_reason" CHECK("dunning_exclusions"."reason" IN ('dispute', 'promise', 'plan', 'handover', 'hold', 'snoozed', 'below_tolerance', 'interval', 'covered', 'stale_bank'))
);
--> statement-breakpoint
CREATE INDEX `dunning_exclusions_run` ON `dunning_exclusions` (`run_id`);--> statement-breakpoint
DROP INDEX `dunning_actions_customer`;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `policy_id` integer REFERENCES dunning_policies(id);--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `template_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `language` text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `regime` text DEFAULT 'NL-b2b' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `currency` text DEFAULT 'EUR' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `legal_notice` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `skip_reason` text;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `fee_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `max_fee_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `allowed_costs_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `allowed_interest_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `announced_costs_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `explanation_json` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `sent_on` text;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `task_done_on` text;--> statement-breakpoint
ALTER TABLE `dunning_actions` ADD `task_note` text;--> statement-breakpoint
CREATE INDEX `dunning_actions_customer` ON `dunning_actions` (`customer_id`,`status`);--> statement-breakpoint
ALTER TABLE `dunning_levels` ADD `fee_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_levels` ADD `legal_notice` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_levels` ADD `auto_send` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_policies` ADD `regime` text DEFAULT 'NL-b2b' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_policies` ADD `min_interval_days` integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_policies` ADD `courtesy_days` integer;--> statement-breakpoint
ALTER TABLE `dunning_policies` ADD `courtesy_channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_policies` ADD `archived` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_policies_default_regime` ON `dunning_policies` (`regime`) WHERE "dunning_policies"."is_default" = 1;--> statement-breakpoint
ALTER TABLE `dunning_runs` ADD `kind` text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_runs` ADD `source` text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_runs` ADD `freshness` text DEFAULT 'ok' NOT NULL;--> statement-breakpoint
ALTER TABLE `dunning_runs` ADD `cancelled_at` text;--> statement-breakpoint
ALTER TABLE `dunning_runs` ADD `cancel_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `dunning_runs_live_day` ON `dunning_runs` (`run_date`,`kind`) WHERE "dunning_runs"."status" <> 'cancelled';--> statement-breakpoint
ALTER TABLE `invoices` ADD `dunning_policy_id` integer REFERENCES dunning_policies(id);