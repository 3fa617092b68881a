package com.wedsync.guardian.alert.silence;

import com.wedsync.guardian.alert.route.LabelMatcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Silences, created, listed and expired by people through the API, read by every tick. Writes are
 * synchronized; the tick reads an immutable snapshot without locking. Expired silences are kept for
 * {@code retention} (for the record), then forgotten; at most {@code maxSilences} are held.
 */
public final class SilenceStore {

    private final int maxSilences;
    private final Duration retention;
    private volatile List<Silence> silences = List.of();

    public SilenceStore(int maxSilences, Duration retention) {
        if (maxSilences < 1) {
            throw new IllegalArgumentException("maxSilences must be >= 1, but was " + maxSilences);
        }
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("silenceRetention must be >= 0, but was " + retention);
        }
        this.maxSilences = maxSilences;
        this.retention = retention;
    }

    /** Creates a silence; rejects, naming the field, one that would be useless or mute everything. */
    public synchronized Silence create(List<LabelMatcher> matchers, String author, String comment, Instant startsAt,
                                       Instant endsAt, Instant now) {
        if (matchers == null || matchers.isEmpty()) {
            throw new IllegalArgumentException("matchers must hold at least one matcher, but was []");
        }
        if (matchers.stream().allMatch(m -> m.matchesValue(""))) {
            throw new IllegalArgumentException("matchers must not match every alert, but " + matchers
                    + " all match an empty label");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author must not be blank, but was \"" + author + "\"");
        }
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("comment must say why, but was \"" + comment + "\"");
        }
        Instant start = startsAt == null ? now : startsAt;
        if (endsAt == null || !endsAt.isAfter(start) || !endsAt.isAfter(now)) {
            throw new IllegalArgumentException("endsAt must be after startsAt (" + start + ") and now (" + now
                    + "), but was " + endsAt);
        }
        List<Silence> kept = purged(now);
        if (kept.size() >= maxSilences) {
            throw new IllegalArgumentException("silences: at most " + maxSilences
                    + " may exist at once; expire some first");
        }
        Silence s = new Silence(UUID.randomUUID().toString(), matchers, author.strip(), comment.strip(), start, endsAt,
                now);
        kept.add(s);
        silences = List.copyOf(kept);
        return s;
    }

    /** Ends a silence now. Empty when no silence has this id; an expired one is returned unchanged. */
    public synchronized Optional<Silence> expire(String id, Instant now) {
        List<Silence> copy = new ArrayList<>(silences);
        for (int i = 0; i < copy.size(); i++) {
            Silence s = copy.get(i);
            if (s.id().equals(id)) {
                if (s.state(now) == Silence.State.EXPIRED) {
                    return Optional.of(s);
                }
                Silence ended = s.expiredAt(now);
                copy.set(i, ended);
                silences = List.copyOf(copy);
                return Optional.of(ended);
            }
        }
        return Optional.empty();
    }

    /** Every silence still remembered, newest first. */
    public synchronized List<Silence> list(Instant now) {
        List<Silence> kept = purged(now);
        silences = List.copyOf(kept);
        List<Silence> out = new ArrayList<>(kept);
        out.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return out;
    }

    public Optional<Silence> get(String id) {
        return silences.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The silences active at {@code now}: what the tick matches alerts against. */
    public List<Silence> active(Instant now) {
        List<Silence> out = new ArrayList<>();
        for (Silence s : silences) {
            if (s.state(now) == Silence.State.ACTIVE) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Silence> purged(Instant now) {
        Instant cutoff = now.minus(retention);
        List<Silence> kept = new ArrayList<>();
        for (Silence s : silences) {
            if (!s.endsAt().isBefore(cutoff)) {
                kept.add(s);
            }
        }
        return kept;
    }
}
