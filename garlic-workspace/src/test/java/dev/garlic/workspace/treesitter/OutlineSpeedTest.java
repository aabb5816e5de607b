package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.OutlineExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Throughput of the extractors on a few thousand lines, published as {@code lines/s} report
 * entries. The floor is low on purpose, to hold on a loaded machine; the entries are the numbers.
 */
@Tag("slow")
class OutlineSpeedTest {

  private static final int LINES = 5000;

  private static final String PYTHON =
      """
      import logging
      from dataclasses import dataclass

      log = logging.getLogger(__name__)


      @dataclass
      class Invoice:
          \"""An invoice with its lines.\"""

          number: str
          lines: list

          def total(self) -> float:
              # Sums the line amounts.
              return sum(line.amount * line.quantity for line in self.lines)

          def overdue(self, today) -> bool:
              if self.due is None:
                  return False
              return today > self.due and not self.paid


      def load_invoices(repository, customer_id):
          \"""Loads the open invoices of a customer.\"""
          invoices = repository.find(customer_id=customer_id, paid=False)
          log.info("loaded %d invoices", len(invoices))
          return [Invoice(i.number, i.lines) for i in invoices]
      """;

  private static final String TYPESCRIPT =
      """
      import { Injectable } from '@angular/core';
      import { HttpClient } from '@angular/common/http';

      export interface Invoice {
        number: string;
        lines: InvoiceLine[];
      }

      /** Loads and totals invoices. */
      @Injectable({ providedIn: 'root' })
      export class InvoiceService {
        private readonly cache = new Map<string, Invoice>();

        constructor(private readonly http: HttpClient) {}

        total(invoice: Invoice): number {
          return invoice.lines.reduce((sum, line) => sum + line.amount * line.quantity, 0);
        }

        async load(customerId: string): Promise<Invoice[]> {
          const invoices = await this.http.get<Invoice[]>(`/api/invoices/${customerId}`).toPromise();
          invoices.forEach((invoice) => this.cache.set(invoice.number, invoice));
          return invoices.filter((invoice) => !isPaid(invoice));
        }
      }

      export const isPaid = (invoice: Invoice): boolean => invoice.lines.length === 0;
      """;

  @Test
  void outlinesPythonAtAUsefulRate(TestReporter reporter) {
    double rate = linesPerSecond(Language.PYTHON, "billing/invoices.py", PYTHON);

    reporter.publishEntry("python lines/s", String.valueOf(Math.round(rate)));
    assertThat(rate).isGreaterThan(5_000);
  }

  @Test
  void outlinesTypeScriptAtAUsefulRate(TestReporter reporter) {
    double rate = linesPerSecond(Language.TYPESCRIPT, "src/invoice.service.ts", TYPESCRIPT);

    reporter.publishEntry("typescript lines/s", String.valueOf(Math.round(rate)));
    assertThat(rate).isGreaterThan(5_000);
  }

  private static double linesPerSecond(Language language, String path, String snippet) {
    String text = snippet.repeat(LINES / (int) snippet.lines().count() + 1);
    long lines = text.lines().count();
    OutlineExtractor extractor = TreeSitterExtractors.all().get(language);
    for (int i = 0; i < 3; i++) {
      extractor.outline(path, text);
    }
    int runs = 5;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      assertThat(extractor.outline(path, text).definitions()).isNotEmpty();
    }
    return lines * runs / ((System.nanoTime() - start) / 1e9);
  }
}
