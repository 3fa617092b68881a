/** The {@code guardian bench} command line (picocli), run by {@link com.wedsync.guardian.bench.cli.BenchMain} from guardian-bench's jar. */
package com.wedsync.guardian.bench.cli;
