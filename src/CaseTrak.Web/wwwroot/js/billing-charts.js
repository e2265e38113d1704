// Billing dashboard charts. The figures come from a JSON block the page renders (the CSP allows no inline
// script); each chart also has a table view in the page for screen readers.
(function () {
    'use strict';

    function money(v) {
        return '£' + Number(v).toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    }

    function moneyExact(v) {
        return '£' + Number(v).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    var colours = ['#206bc4', '#8fb2dc', '#d63939'];

    function datasets(chart) {
        if (chart.id === 'utilisation') {
            // Chargeable hours as bars; the target as a line over them. The percentage is in the table.
            return [
                { type: 'bar', label: chart.series[0].label, data: chart.series[0].values, backgroundColor: colours[0], order: 2 },
                { type: 'line', label: chart.series[1].label, data: chart.series[1].values, borderColor: colours[2], backgroundColor: colours[2],
                  showLine: false, pointStyle: 'line', pointRadius: 26, pointHoverRadius: 28, pointBorderWidth: 3, order: 1 }
            ];
        }
        if (chart.id === 'billed-collected') {
            return [
                { type: 'bar', label: chart.series[0].label, data: chart.series[0].values, backgroundColor: colours[0], order: 2 },
                { type: 'line', label: chart.series[1].label, data: chart.series[1].values, borderColor: colours[2], backgroundColor: colours[2], tension: 0.2, order: 1 }
            ];
        }
        return chart.series.map(function (s, i) {
            return { label: s.label, data: s.values, backgroundColor: colours[i % colours.length] };
        });
    }

    function draw(canvas, chart) {
        var isMoney = chart.yAxis.indexOf('£') >= 0;
        var stacked = chart.id === 'wip-matter' || chart.id === 'wip-fee-earner';
        return new window.Chart(canvas, {
            type: 'bar',
            data: { labels: chart.labels, datasets: datasets(chart) },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                // No animation: figures people read at a glance should be right the moment they appear.
                animation: false,
                plugins: {
                    title: { display: false, text: chart.title },
                    legend: { display: chart.series.length > 1, position: 'bottom' },
                    tooltip: {
                        callbacks: {
                            label: function (ctx) {
                                var v = ctx.parsed.y;
                                return ctx.dataset.label + ': ' + (isMoney ? moneyExact(v) : Number(v).toLocaleString('en-GB'));
                            }
                        }
                    }
                },
                scales: {
                    x: { stacked: stacked, title: { display: true, text: chart.xAxis } },
                    y: {
                        stacked: stacked,
                        beginAtZero: true,
                        title: { display: true, text: chart.yAxis },
                        ticks: { callback: function (v) { return isMoney ? money(v) : Number(v).toLocaleString('en-GB'); } }
                    }
                }
            }
        });
    }

    function start() {
        var source = document.getElementById('billing-chart-data');
        if (!source || !window.Chart) {
            return;
        }
        var charts = JSON.parse(source.textContent || '[]');
        charts.forEach(function (chart) {
            var canvas = document.querySelector('canvas[data-chart="' + chart.id + '"]');
            if (canvas && chart.labels.length > 0) {
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
