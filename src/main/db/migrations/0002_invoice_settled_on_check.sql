PRAGMA foreign_keys=OFF;--> statement-breakpoint
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
	`dunning_level` integer DEFAULT 0 NOT NULL,
	`last_dunned_on` text,
	`settled_on` text,
	`import_source` text,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoices_amount_cents" CHECK(typeof("__new_invoices"."amount_cents") = 'integer'),
	CONSTRAINT "invoices_open_cents" CHECK(typeof("__new_invoices"."open_cents") = 'integer'),
	CONSTRAINT "invoices_open_within_amount" CHECK(abs("__new_invoices"."open_cents") <= abs("__new_invoices"."amount_cents")),
	CONSTRAINT "invoices_dunning_level" CHECK("__new_invoices"."dunning_level" IS NULL OR typeof("__new_invoices"."dunning_level") = 'integer'),
	CONSTRAINT "invoices_invoice_date" CHECK("__new_invoices"."invoice_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_due_date" CHECK("__new_invoices"."due_date" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_last_dunned_on" CHECK("__new_invoices"."last_dunned_on" IS NULL OR "__new_invoices"."last_dunned_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_settled_on" CHECK("__new_invoices"."settled_on" IS NULL OR "__new_invoices"."settled_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoices_status" CHECK("__new_invoices"."status" IN ('open', 'paid', 'archived', 'written_off'))
);
--> statement-breakpoint
INSERT INTO `__new_invoices`("id", "customer_id", "number", "invoice_date", "due_date", "currency", "amount_cents", "open_cents", "payment_reference", "description", "status", "disputed", "on_hold", "handed_over", "dunning_level", "last_dunned_on", "settled_on", "import_source", "archived_at", "created_at", "updated_at") SELECT "id", "customer_id", "number", "invoice_date", "due_date", "currency", "amount_cents", "open_cents", "payment_reference", "description", "status", "disputed", "on_hold", "handed_over", "dunning_level", "last_dunned_on", "settled_on", "import_source", "archived_at", "created_at", "updated_at" FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
ALTER TABLE `__new_invoices` RENAME TO `invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_customer_number` ON `invoices` (`customer_id`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_status_due` ON `invoices` (`status`,`due_date`,`open_cents`);--> statement-breakpoint
CREATE INDEX `invoices_customer_status_due` ON `invoices` (`customer_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `invoices_payment_reference` ON `invoices` (`payment_reference`);