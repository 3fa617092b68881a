package com.wedsync.guardian.wedding;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;

import java.time.ZoneId;
import java.util.List;

/** {@code weddings:} how the wedding context is judged, declared once. */
public final class WeddingsSchema {

    public static final Setting<List<ZoneId>> HOME_ZONES = Setting.listOf("homeZones", ValueType.zone(), 0, 100,
            "zones whose every Saturday is protected (during the protected hours), calendar or not");
    public static final Setting<ProtectedHours> PROTECTED_HOURS = Setting.of("protectedHours", ValueType.parsed(
            "HH:MM-HH:MM", "java.lang.String", ProtectedHours::parse, ProtectedHours::toString), ProtectedHours.DEFAULT,
            "the venue-local hours of a wedding day that are protected");

    public static final Section SECTION = Section.of("weddings", "the wedding context: home zones and protected hours",
            HOME_ZONES, PROTECTED_HOURS);

    private WeddingsSchema() {
    }

    /** The policy {@code weddings} gives; the sources' seasons are added by the caller. */
    public static ContextPolicy.Builder policy(ConfigReader w) {
        ProtectedHours hours = w.get(PROTECTED_HOURS);
        return ContextPolicy.builder().homeZones(w.find(HOME_ZONES).orElse(List.of())).protectedHours(hours.from(), hours.to());
    }
}
