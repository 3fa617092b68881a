package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.evaluate.Fingerprint;
import com.wedsync.guardian.alert.group.DeliveryTarget;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.group.GroupSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a group's send into one notification per target channel. The id is unique per
 * (group, episode, send, action, channel, level), so the outbox stores each exactly once however often the
 * tick runs; the dedup key is the same for every notification about the group, so vendors (PagerDuty
 * {@code dedup_key}) fold them into one incident, across guardian instances too.
 */
public final class NotificationFactory {

    public static final String DEDUP_PREFIX = "guardian-";

    public List<Notification> of(GroupSend send, Instant now) {
        String key = send.group().key();
        Alert alert = GroupSummary.of(key, send.alerts(), send.action() == NotificationAction.RESOLVE, now);
        String episode = Long.toString(send.episode().toEpochMilli());
        String sequence = Long.toString(send.sequence());
        List<Notification> out = new ArrayList<>(send.targets().size());
        List<String> sentTo = new ArrayList<>(send.targets().size());
        for (DeliveryTarget t : send.targets()) {
            sentTo.add(t.channel());
        }
        for (DeliveryTarget t : send.targets()) {
            String id = "n-" + key + "-" + Fingerprint.hash(episode, sequence, send.action().name(), t.channel(),
                    Integer.toString(t.level()));
            out.add(new Notification(id, dedupKey(key), t.channel(), send.action(), alert, t.fallbacks(), sentTo));
        }
        return out;
    }

    /** The vendor de-duplication key of a group. */
    public static String dedupKey(String groupKey) {
        return DEDUP_PREFIX + groupKey;
    }
}
