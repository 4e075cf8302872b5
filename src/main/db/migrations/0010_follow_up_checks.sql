PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_promises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`promised_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`resolved_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promises_amount" CHECK(typeof("__new_promises"."amount_cents") = 'integer'),
	CONSTRAINT "promises_date" CHECK("__new_promises"."promised_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "promises_status" CHECK("__new_promises"."status" IN ('open', 'kept', 'broken', 'cancelled')),
	CONSTRAINT "promises_resolved" CHECK("__new_promises"."resolved_on" IS NULL OR "__new_promises"."resolved_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_promises`("id", "customer_id", "promised_date", "amount_cents", "status", "note", "resolved_on", "created_at") SELECT "id", "customer_id", "promised_date", "amount_cents", "status", "note", "resolved_on", "created_at" FROM `promises`;--> statement-breakpoint
DROP TABLE `promises`;--> statement-breakpoint
ALTER TABLE `__new_promises` RENAME TO `promises`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `promises_customer` ON `promises` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`amount_cents` integer,
	`note` text,
	`opened_on` text NOT NULL,
	`resolved_on` text,
	`resolution` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "disputes_opened" CHECK("__new_disputes"."opened_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "disputes_resolved" CHECK("__new_disputes"."resolved_on" IS NULL OR "__new_disputes"."resolved_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "disputes_status" CHECK("__new_disputes"."status" IN ('open', 'accepted', 'rejected', 'cancelled')),
	CONSTRAINT "disputes_reason" CHECK("__new_disputes"."reason" IN ('price', 'quality', 'not_delivered', 'not_received', 'already_paid', 'other')),
	CONSTRAINT "disputes_amount" CHECK("__new_disputes"."amount_cents" IS NULL OR typeof("__new_disputes"."amount_cents") = 'integer')
);
--> statement-breakpoint
INSERT INTO `__new_disputes`("id", "invoice_id", "reason", "status", "amount_cents", "note", "opened_on", "resolved_on", "resolution", "created_at") SELECT "id", "invoice_id", "reason", "status", "amount_cents", "note", "opened_on", "resolved_on", "resolution", "created_at" FROM `disputes`;--> statement-breakpoint
DROP TABLE `disputes`;--> statement-breakpoint
ALTER TABLE `__new_disputes` RENAME TO `disputes`;--> statement-breakpoint
CREATE INDEX `disputes_invoice` ON `disputes` (`invoice_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_plan_instalments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`reminded_on` text,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_instalments_amount" CHECK(typeof("__new_plan_instalments"."amount_cents") = 'integer'),
	CONSTRAINT "plan_instalments_due" CHECK("__new_plan_instalments"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "plan_instalments_reminded" CHECK("__new_plan_instalments"."reminded_on" IS NULL OR "__new_plan_instalments"."reminded_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_plan_instalments`("id", "plan_id", "seq", "due_date", "amount_cents", "reminded_on") SELECT "id", "plan_id", "seq", "due_date", "amount_cents", "reminded_on" FROM `plan_instalments`;--> statement-breakpoint
DROP TABLE `plan_instalments`;--> statement-breakpoint
ALTER TABLE `__new_plan_instalments` RENAME TO `plan_instalments`;--> statement-breakpoint
CREATE UNIQUE INDEX `plan_instalments_plan_seq` ON `plan_instalments` (`plan_id`,`seq`);--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`invoice_id` integer,
	`kind` text DEFAULT 'note' NOT NULL,
	`body` text NOT NULL,
	`call_outcome` text,
	`follow_up_on` text,
	`follow_up_done_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notes_kind" CHECK("__new_notes"."kind" IN ('note', 'call', 'email', 'letter', 'system')),
	CONSTRAINT "notes_outcome" CHECK("__new_notes"."call_outcome" IS NULL OR "__new_notes"."call_outcome" IN ('reached', 'no_answer', 'promised', 'disputed')),
	CONSTRAINT "notes_follow_up" CHECK("__new_notes"."follow_up_on" IS NULL OR "__new_notes"."follow_up_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "notes_follow_up_done" CHECK("__new_notes"."follow_up_done_on" IS NULL OR "__new_notes"."follow_up_done_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "customer_id", "invoice_id", "kind", "body", "call_outcome", "follow_up_on", "follow_up_done_on", "created_at") SELECT "id", "customer_id", "invoice_id", "kind", "body", "call_outcome", "follow_up_on", "follow_up_done_on", "created_at" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
CREATE INDEX `notes_customer` ON `notes` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_follow_up` ON `notes` (`follow_up_on`);--> statement-breakpoint
CREATE TABLE `__new_payment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`start_date` text NOT NULL,
	`total_cents` integer NOT NULL,
	`frequency` text DEFAULT 'monthly' NOT NULL,
	`instalment_count` integer DEFAULT 1 NOT NULL,
	`down_payment_cents` integer DEFAULT 0 NOT NULL,
	`costs_cents` integer DEFAULT 0 NOT NULL,
	`interest_cents` integer DEFAULT 0 NOT NULL,
	`grace_days` integer DEFAULT 7 NOT NULL,
	`reminder_days` integer DEFAULT 5 NOT NULL,
	`ended_on` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_plans_total" CHECK(typeof("__new_payment_plans"."total_cents") = 'integer'),
	CONSTRAINT "payment_plans_start" CHECK("__new_payment_plans"."start_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "payment_plans_status" CHECK("__new_payment_plans"."status" IN ('active', 'completed', 'defaulted', 'cancelled')),
	CONSTRAINT "payment_plans_frequency" CHECK("__new_payment_plans"."frequency" IN ('weekly', 'monthly', 'quarterly')),
	CONSTRAINT "payment_plans_count" CHECK("__new_payment_plans"."instalment_count" >= 1),
	CONSTRAINT "payment_plans_down" CHECK(typeof("__new_payment_plans"."down_payment_cents") = 'integer'),
	CONSTRAINT "payment_plans_costs" CHECK(typeof("__new_payment_plans"."costs_cents") = 'integer'),
	CONSTRAINT "payment_plans_interest" CHECK(typeof("__new_payment_plans"."interest_cents") = 'integer'),
	CONSTRAINT "payment_plans_days" CHECK("__new_payment_plans"."grace_days" >= 0 AND "__new_payment_plans"."reminder_days" >= 0),
	CONSTRAINT "payment_plans_ended" CHECK("__new_payment_plans"."ended_on" IS NULL OR "__new_payment_plans"."ended_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_payment_plans`("id", "customer_id", "status", "start_date", "total_cents", "frequency", "instalment_count", "down_payment_cents", "costs_cents", "interest_cents", "grace_days", "reminder_days", "ended_on", "note", "created_at") SELECT "id", "customer_id", "status", "start_date", "total_cents", "frequency", "instalment_count", "down_payment_cents", "costs_cents", "interest_cents", "grace_days", "reminder_days", "ended_on", "note", "created_at" FROM `payment_plans`;--> statement-breakpoint
DROP TABLE `payment_plans`;--> statement-breakpoint
ALTER TABLE `__new_payment_plans` RENAME TO `payment_plans`;--> statement-breakpoint
CREATE INDEX `payment_plans_customer` ON `payment_plans` (`customer_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`number` text NOT NULL,
	`invoice_date` text NOT NULL,
	`due_date` text NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`amount_cents` integer NOT NULL,
	`open_cents` integer NOT NULL,
	`payment_reference` text,
	`description` text,
	`status` text DEFAULT 'open' NOT NULL,
	`disputed` integer DEFAULT false NOT NULL,
	`on_hold` integer DEFAULT false NOT NULL,
	`handed_over` integer DEFAULT false NOT NULL,
	`snoozed_until` text,
	`dunning_policy_id` integer,
	`dunning_level` integer DEFAULT 0 NOT NULL,
	`last_dunned_on` text,
	`settled_on` text,
	`import_source` text,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dunning_policy_id`) REFERENCES `dunning_policies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoices_amount_cents" CHECK(typeof("__new_invoices"."amount_cents") = 'integer'),
	CONSTRAINT "invoices_open_cents" CHECK(typeof("__new_invoices"."open_cents") = 'integer'),
	CONSTRAINT "invoices_open_within_amount" CHECK(abs("__new_invoices"."open_cents") <= abs("__new_invoices"."amount_cents")),
	CONSTRAINT "invoices_dunning_level" CHECK("__new_invoices"."dunning_level" IS NULL OR typeof("__new_invoices"."dunning_level") = 'integer'),
	CONSTRAINT "invoices_invoice_date" CHECK("__new_invoices"."invoice_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_due_date" CHECK("__new_invoices"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_last_dunned_on" CHECK("__new_invoices"."last_dunned_on" IS NULL OR "__new_invoices"."last_dunned_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_settled_on" CHECK("__new_invoices"."settled_on" IS NULL OR "__new_invoices"."settled_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_snoozed_until" CHECK("__new_invoices"."snoozed_until" IS NULL OR "__new_invoices"."snoozed_until" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_status" CHECK("__new_invoices"."status" IN ('open', 'paid', 'archived', 'written_off'))
);
--> statement-breakpoint
INSERT INTO `__new_invoices`("id", "customer_id", "number", "invoice_date", "due_date", "currency", "amount_cents", "open_cents", "payment_reference", "description", "status", "disputed", "on_hold", "handed_over", "snoozed_until", "dunning_policy_id", "dunning_level", "last_dunned_on", "settled_on", "import_source", "archived_at", "created_at", "updated_at") SELECT "id", "customer_id", "number", "invoice_date", "due_date", "currency", "amount_cents", "open_cents", "payment_reference", "description", "status", "disputed", "on_hold", "handed_over", "snoozed_until", "dunning_policy_id", "dunning_level", "last_dunned_on", "settled_on", "import_source", "archived_at", "created_at", "updated_at" FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
ALTER TABLE `__new_invoices` RENAME TO `invoices`;--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_customer_number` ON `invoices` (`customer_id`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_status_due` ON `invoices` (`status`,`due_date`,`open_cents`);--> statement-breakpoint
CREATE INDEX `invoices_open_aging` ON `invoices` (`status`,`customer_id`,`due_date`,`invoice_date`,`open_cents`,`disputed`);--> statement-breakpoint
CREATE INDEX `invoices_settled_on` ON `invoices` (`settled_on`);--> statement-breakpoint
CREATE INDEX `invoices_archived_at` ON `invoices` (`archived_at`);--> statement-breakpoint
CREATE INDEX `invoices_invoice_date` ON `invoices` (`invoice_date`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `invoices_customer_status_due` ON `invoices` (`customer_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `invoices_payment_reference` ON `invoices` (`payment_reference`);