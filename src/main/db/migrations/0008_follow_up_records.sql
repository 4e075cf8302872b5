CREATE TABLE `handover_invoices` (
	`handover_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`open_cents` integer NOT NULL,
	PRIMARY KEY(`handover_id`, `invoice_id`),
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "handover_invoices_open" CHECK(typeof("handover_invoices"."open_cents") = 'integer')
);
--> statement-breakpoint
CREATE INDEX `handover_invoices_invoice` ON `handover_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`party` text NOT NULL,
	`handed_over_on` text NOT NULL,
	`reference` text,
	`note` text,
	`status` text DEFAULT 'active' NOT NULL,
	`withdrawn_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "handovers_kind" CHECK("handovers"."kind" IN ('agency', 'bailiff', 'lawyer')),
	CONSTRAINT "handovers_status" CHECK("handovers"."status" IN ('active', 'withdrawn')),
	CONSTRAINT "handovers_on" CHECK("handovers"."handed_over_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "handovers_withdrawn" CHECK("handovers"."withdrawn_on" IS NULL OR "handovers"."withdrawn_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `handovers_customer` ON `handovers` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `holds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`starts_on` text NOT NULL,
	`until` text,
	`ended_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "holds_kind" CHECK("holds"."kind" IN ('hold', 'snooze')),
	CONSTRAINT "holds_starts" CHECK("holds"."starts_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "holds_until" CHECK("holds"."until" IS NULL OR "holds"."until" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "holds_ended" CHECK("holds"."ended_on" IS NULL OR "holds"."ended_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "holds_snooze_ends" CHECK("holds"."kind" = 'hold' OR "holds"."until" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `holds_customer` ON `holds` (`customer_id`,`ended_on`);--> statement-breakpoint
CREATE INDEX `holds_invoice` ON `holds` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `promise_invoices` (
	`promise_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	PRIMARY KEY(`promise_id`, `invoice_id`),
	FOREIGN KEY (`promise_id`) REFERENCES `promises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promise_invoices_invoice` ON `promise_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `payment_reference_items` (
	`reference_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	PRIMARY KEY(`reference_id`, `seq`),
	FOREIGN KEY (`reference_id`) REFERENCES `payment_references`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_reference_items_invoice` ON `payment_reference_items` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `payment_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`scheme` text NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_references_scheme" CHECK("payment_references"."scheme" IN ('ogm', 'rf', 'betalingskenmerk')),
	CONSTRAINT "payment_references_source_kind" CHECK("payment_references"."source_kind" IN ('instalment', 'letter', 'promise', 'statement'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_references_reference` ON `payment_references` (`reference`);--> statement-breakpoint
CREATE INDEX `payment_references_source` ON `payment_references` (`source_kind`,`source_id`);--> statement-breakpoint
ALTER TABLE `disputes` ADD `amount_cents` integer;--> statement-breakpoint
ALTER TABLE `disputes` ADD `note` text;--> statement-breakpoint
ALTER TABLE `notes` ADD `call_outcome` text;--> statement-breakpoint
ALTER TABLE `notes` ADD `follow_up_on` text;--> statement-breakpoint
ALTER TABLE `notes` ADD `follow_up_done_on` text;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `frequency` text DEFAULT 'monthly' NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `instalment_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `down_payment_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `costs_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `interest_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `grace_days` integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `reminder_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `payment_plans` ADD `ended_on` text;--> statement-breakpoint
ALTER TABLE `plan_instalments` ADD `reminded_on` text;--> statement-breakpoint
ALTER TABLE `promises` ADD `resolved_on` text;--> statement-breakpoint
ALTER TABLE `invoices` ADD `snoozed_until` text;--> statement-breakpoint
CREATE UNIQUE INDEX `plan_invoices_plan_invoice` ON `plan_invoices` (`plan_id`,`invoice_id`);--> statement-breakpoint
CREATE INDEX `plan_invoices_invoice` ON `plan_invoices` (`invoice_id`);