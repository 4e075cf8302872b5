CREATE TABLE `invoice_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`source_ref` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoice_payments_amount_cents" CHECK(typeof("invoice_payments"."amount_cents") = 'integer'),
	CONSTRAINT "invoice_payments_paid_on_date" CHECK("invoice_payments"."paid_on" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "invoice_payments_kind" CHECK("invoice_payments"."kind" IN ('payment', 'credit-note', 'adjustment')),
	CONSTRAINT "invoice_payments_source" CHECK("invoice_payments"."source" IN ('xaf'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoice_payments_invoice_ref` ON `invoice_payments` (`invoice_id`,`source_ref`);--> statement-breakpoint
CREATE INDEX `invoice_payments_paid_on` ON `invoice_payments` (`paid_on`);