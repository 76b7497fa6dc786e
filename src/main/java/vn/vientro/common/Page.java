package vn.vientro.common;

import java.util.List;

/** One page of a list, with the total so clients can paginate. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
