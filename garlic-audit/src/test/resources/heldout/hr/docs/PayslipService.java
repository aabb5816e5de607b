package heldout.hr.docs;

import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.time.YearMonth;
import java.util.List;

/** Payslips: stored as HTML per employee and month, converted to PDF on request. */
public class PayslipService {

  private final File payslipRoot;
  private final String wkhtmltopdf;

  public PayslipService(File payslipRoot, String wkhtmltopdf) {
    this.payslipRoot = payslipRoot;
    this.wkhtmltopdf = wkhtmltopdf;
  }

  public Reader payslip(long employeeId, String month) throws IOException {
    YearMonth ym = YearMonth.parse(month);
    File file = new File(payslipRoot, employeeId + "/" + ym + ".html");
    return new FileReader(file); // EXPECT: none CWE-22
  }

  public Reader attachment(long employeeId, String attachmentName) throws IOException {
    File dir = new File(payslipRoot, String.valueOf(employeeId));
    return new FileReader(new File(dir, attachmentName)); // EXPECT: CWE-22
  }

  public Process toPdf(long employeeId, String month, String paperSize) throws IOException {
    YearMonth ym = YearMonth.parse(month);
    String html = new File(payslipRoot, employeeId + "/" + ym + ".html").getPath();
    String paper = List.of("A4", "Letter", "Legal").contains(paperSize) ? paperSize : "A4";
    return new ProcessBuilder(wkhtmltopdf, "--page-size", paper, html, html + ".pdf").start(); // EXPECT: none CWE-78
  }

  public Process toPdfWithFooter(long employeeId, String month, String footer) throws IOException {
    String html = new File(payslipRoot, employeeId + "/" + YearMonth.parse(month) + ".html").getPath();
    String cmd = wkhtmltopdf + " --footer-center \"" + footer + "\" " + html + " " + html + ".pdf";
    return Runtime.getRuntime().exec(new String[] {"bash", "-c", cmd}); // EXPECT: CWE-78
  }
}
