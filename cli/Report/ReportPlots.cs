// The HTML report: its plots, drawn by ScottPlot as SVG.
namespace SriovVerification.Cli.Report;

/// <summary>The report's plots, drawn by ScottPlot as SVG.</summary>
internal static class ReportPlots
{
    private const int Width = 720;
    private const int Height = 320;

    /// <summary>Frames lost per failover run: median and maximum bars per transition and policy.</summary>
    public static string LossPerFailover(IReadOnlyList<(string Label, double Median, double Maximum)> rows)
    {
        var plot = new ScottPlot.Plot();
        var bars = new List<ScottPlot.Bar>();
        var ticks = new List<ScottPlot.Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            bars.Add(new ScottPlot.Bar { Position = (i * 3) + 1, Value = rows[i].Median, FillColor = ScottPlot.Colors.SteelBlue });
            bars.Add(new ScottPlot.Bar { Position = (i * 3) + 2, Value = rows[i].Maximum, FillColor = ScottPlot.Colors.OrangeRed });
            ticks.Add(new ScottPlot.Tick((i * 3) + 1.5, rows[i].Label));
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleLeft;
        plot.Axes.Margins(bottom: 0);
        plot.Title("Frames lost per failover run (blue: median, red: maximum)");
        plot.YLabel("frames");
        return plot.GetSvgXml(Width, Height + 80);
    }

    /// <summary>States per depth level of an exhaustive search.</summary>
    public static string StatesPerDepth(IReadOnlyList<(int Depth, long States)> levels)
    {
        var plot = new ScottPlot.Plot();
        var scatter = plot.Add.Scatter(levels.Select(l => (double)l.Depth).ToArray(), levels.Select(l => (double)l.States).ToArray());
        scatter.LineWidth = 2;
        plot.Title("States per depth level");
        plot.XLabel("depth");
        plot.YLabel("states first reached");
        return plot.GetSvgXml(Width, Height);
    }
}
