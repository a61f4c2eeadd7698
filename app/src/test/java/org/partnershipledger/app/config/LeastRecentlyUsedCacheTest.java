package org.partnershipledger.app.config;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeastRecentlyUsedCacheTest {

    @Test
    void the_least_recently_used_entry_leaves_when_the_cache_is_full() {
        LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(2);
        cache.put("a", "first");
        cache.put("b", "second");
        cache.get("a");

        cache.put("c", "third");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.<String, String>get("c")).isEqualTo("third");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void entries_stay_however_much_garbage_is_collected() {
        LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(10);
        cache.put("aggregate", new Object());

        System.gc();

        assertThat(cache.<String, Object>get("aggregate")).isNotNull();
    }

    @Test
    void put_if_absent_and_remove_report_what_they_did() {
        LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(10);

        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
    }

    @Test
    void listeners_hear_of_creation_update_removal_and_eviction_until_they_unregister() {
        LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(1);
        List<String> heard = new ArrayList<>();
        var registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");
        registration.cancel();
        cache.put("c", 4);

        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
    }

    @Test
    void a_cache_must_hold_something() {
        assertThatThrownBy(() -> new LeastRecentlyUsedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
