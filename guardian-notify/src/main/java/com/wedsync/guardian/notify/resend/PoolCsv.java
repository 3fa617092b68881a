package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.util.List;
import java.util.Locale;

/** The pool's recent snapshots as CSV, one row each, with the OpenTelemetry quantities as columns. */
final class PoolCsv {

    static final String HEADER = "at,pool,reachability,used,idle,max,min_idle,pending,utilisation,"
            + "timeouts_interval,wait_p99_ms,use_p99_ms,create_p99_ms,longest_held_ms";

    private PoolCsv() {
    }

    static String render(List<PoolSnapshot> rows) {
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        for (PoolSnapshot s : rows) {
            b.append(s.at()).append(',')
                    .append(cell(s.pool())).append(',')
                    .append(s.reachability()).append(',')
                    .append(s.used()).append(',')
                    .append(s.idle()).append(',')
                    .append(s.max()).append(',')
                    .append(s.minIdle()).append(',')
                    .append(s.pending()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", s.utilisation())).append(',')
                    .append(s.timeoutsInterval()).append(',')
                    .append(num(s.waitTime().p99Ms())).append(',')
                    .append(num(s.useTime().p99Ms())).append(',')
                    .append(num(s.createTime().p99Ms())).append(',')
                    .append(s.longestHeldMs()).append("\r\n");
        }
        return b.toString();
    }

    /** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
    static String cell(String v) {
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
