-- National population for more years, from the General Statistics Office (Tổng cục Thống kê, GSO) as
-- reported in the press: the average population of the year (dân số trung bình). Migration V4 holds the
-- other public figures (NGO aid 2014, 2015, 2019, 2020, 2022, 2023; population 2019 and 2022). Years with
-- no public figure stay empty: the report says "no data" there (the dev/test demo data fills them with
-- marked estimates). Portable SQL (PostgreSQL and H2); a figure an administrator has entered is kept.

-- 2015: 91.7 million (GSO, year-end release, reported by Giáo dục Thủ đô: giaoducthudo.com.vn/dan-so-viet-nam-dat-917-trieu-nguoi)
update national_figure
   set population = 91700000,
       source = 'Ủy ban Công tác về các tổ chức PCPNN (số liệu công bố); dân số: Tổng cục Thống kê, dân số trung bình 2015 ước tính 91,7 triệu (giaoducthudo.com.vn)'
 where fig_year = 2015 and population is null;

-- 2017: 93.7 million (GSO, reported by Vietnam+ via baomoi.com/dan-so-ca-nuoc-dat-93-7-trieu-nguoi-trong-nam-2017/c/24563046.epi)
insert into national_figure (fig_year, population, ngo_aid_usd, source)
select 2017, 93700000, null, 'Tổng cục Thống kê: dân số trung bình 2017 ước tính 93,7 triệu (TTXVN/Vietnam+)'
 where not exists (select 1 from national_figure where fig_year = 2017);

-- 2021: 98.51 million (GSO, reported by An ninh Thủ đô: anninhthudo.vn/nam-2021-viet-nam-co-hon-98-trieu-nguoi-post491267.antd)
insert into national_figure (fig_year, population, ngo_aid_usd, source)
select 2021, 98510000, null, 'Tổng cục Thống kê: dân số trung bình 2021 là 98,51 triệu (anninhthudo.vn)'
 where not exists (select 1 from national_figure where fig_year = 2021);
-- a database whose demo data already estimated 2021 keeps the estimated aid, marked as such
update national_figure
   set population = 98510000,
       source = 'Tổng cục Thống kê: dân số trung bình 2021 là 98,51 triệu (anninhthudo.vn); viện trợ: Ước tính — dữ liệu mẫu / demo estimate'
 where fig_year = 2021 and source = 'Ước tính — dữ liệu mẫu / demo estimate';

-- 2023: 100.3 million (GSO, year-end release, reported by An ninh Thủ đô: anninhthudo.vn/dan-so-viet-nam-vuot-100-trieu-nguoi-post562765.antd)
update national_figure
   set population = 100300000,
       source = 'Ủy ban Công tác về các tổ chức PCPNN (số liệu công bố); dân số: Tổng cục Thống kê, dân số trung bình 2023 ước tính 100,3 triệu (anninhthudo.vn)'
 where fig_year = 2023
   and (population is null or source = 'Ủy ban Công tác về các tổ chức PCPNN (số liệu công bố); dân số: Ước tính — dữ liệu mẫu / demo estimate');
