package com.wedsync.guardian.alert.route;

import com.wedsync.guardian.alert.group.GroupingPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The routing stage: which routes an alert goes to, by its labels. The root takes every alert (its matchers
 * are ignored) and must name receivers; inherited settings are resolved once, when the tree is built.
 */
public final class RouteTree {

    private final Node root;

    public RouteTree(Route root) {
        Objects.requireNonNull(root, "root");
        if (root.receivers().isEmpty()) {
            throw new IllegalArgumentException("routes: the root route must name receivers, but named none");
        }
        this.root = resolve(root, "0", root.receivers(), root.grouping().orElse(GroupingPolicy.defaults()),
                root.escalation().orElse(""), true);
    }

    private static Node resolve(Route r, String id, List<String> receivers, GroupingPolicy grouping,
                                String escalation, boolean isRoot) {
        RouteMatch match = new RouteMatch(id,
                r.receivers().isEmpty() ? receivers : r.receivers(),
                r.grouping().orElse(grouping),
                r.escalation().orElse(escalation));
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < r.children().size(); i++) {
            children.add(resolve(r.children().get(i), id + "." + i, match.receivers(), match.grouping(),
                    match.escalation(), false));
        }
        return new Node(isRoot ? List.of() : r.matchers(), r.continueMatching(), match, children);
    }

    /** The routes the labels reach, in tree order; never empty (the root takes what no child takes). */
    public List<RouteMatch> match(Map<String, String> labels) {
        List<RouteMatch> out = new ArrayList<>(2);
        root.collect(labels, out);
        return out;
    }

    /** Every route in the tree, root first: for checking that the channels and policies they name exist. */
    public List<RouteMatch> all() {
        List<RouteMatch> out = new ArrayList<>();
        root.each(out);
        return out;
    }

    private static final class Node {
        final List<LabelMatcher> matchers;
        final boolean continueMatching;
        final RouteMatch match;
        final List<Node> children;

        Node(List<LabelMatcher> matchers, boolean continueMatching, RouteMatch match, List<Node> children) {
            this.matchers = List.copyOf(matchers);
            this.continueMatching = continueMatching;
            this.match = match;
            this.children = List.copyOf(children);
        }

        boolean collect(Map<String, String> labels, List<RouteMatch> out) {
            for (LabelMatcher m : matchers) {
                if (!m.matches(labels)) {
                    return false;
                }
            }
            boolean taken = false;
            for (Node child : children) {
                if (child.collect(labels, out)) {
                    taken = true;
                    if (!child.continueMatching) {
                        break;
                    }
                }
            }
            if (!taken) {
                out.add(match);
            }
            return true;
        }

        void each(List<RouteMatch> out) {
            out.add(match);
            children.forEach(c -> c.each(out));
        }
    }
}
