// Client money line charts (accountant's report, cashier dashboard). Figures come from a JSON block the page renders
// (the CSP allows no inline script); each chart also has a table view in the page for screen readers.
(function () {
    'use strict';

    function money(v) {
        return '£' + Number(v).toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    }

    function moneyExact(v) {
        return '£' + Number(v).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    function draw(canvas, chart) {
        var datasets = [{ label: chart.series, data: chart.values, borderColor: '#206bc4', backgroundColor: '#206bc4', pointRadius: chart.values.length > 60 ? 0 : 3, tension: 0, stepped: chart.stepped }];
        if (chart.limit) {
            datasets.push({ label: chart.limitLabel, data: chart.values.map(function () { return chart.limit; }), borderColor: '#d63939', borderDash: [6, 4], pointRadius: 0 });
        }
        return new window.Chart(canvas, {
            type: 'line',
            data: { labels: chart.labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: { display: datasets.length > 1, position: 'bottom' },
                    tooltip: { callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + moneyExact(ctx.parsed.y); } } }
                },
                scales: {
                    x: { title: { display: true, text: chart.xAxis }, ticks: { maxTicksLimit: 12 } },
                    y: { beginAtZero: true, title: { display: true, text: chart.yAxis }, ticks: { callback: function (v) { return money(v); } } }
                }
            }
        });
    }

    function start() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('script[data-client-money-chart]').forEach(function (source) {
            var chart = JSON.parse(source.textContent || '{}');
            var canvas = document.querySelector('canvas[data-chart="' + chart.id + '"]');
            if (canvas && chart.labels && chart.labels.length > 0) {
                draw(canvas, chart);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
