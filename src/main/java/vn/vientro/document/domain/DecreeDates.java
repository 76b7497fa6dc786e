package vn.vientro.document.domain;

import java.time.LocalDate;

/**
 * Dates as Decree 30/2020 writes them in a document: "ngày 07 tháng 02 năm 2025", "ngày 15 tháng 12 năm 2026". Days
 * below 10 and the months January and February take a leading zero (so "tháng 1" cannot be read as "tháng 10" or
 * "tháng 11" once written by hand); other months do not.
 */
public final class DecreeDates {

    private DecreeDates() {
    }

    public static String written(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (month < 3 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
    }
}
