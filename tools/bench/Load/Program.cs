using AdaptiveLearning.Bench.Load;

// Subcommands, each called by scripts/bench:
//   seed BASE_URL OUT_DIR [--learners N]      learners, sessions and their histories through the API (needs ConnectionStrings__Learning to read the bank)
//   rawtx [--clients N] [--seconds S] [--warmup S]   the answer transaction straight against MariaDB, no API
//   faults BASE_URL OUT_DIR [--learners N] [--seconds S] [--burst-seconds S]   scripts/faults' learners: answer through the balancer, log every request
//   faults-report OUT_DIR MARKDOWN_FILE [--setting TEXT]   acknowledged vs stored per fault (needs ConnectionStrings__Learning)
//   report RESULTS_TSV MARKDOWN_FILE [--bank TEXT] [--load TEXT] [--bulk FILE] [--settings TEXT] [--section FILE]   the table and targets
var options = CommandLine.Parse(args.Skip(1));
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Learning") ?? "";
try
{
    return args.FirstOrDefault() switch
    {
        "seed" when options.Positional.Count == 2 =>
            await LearnerSeeder.RunAsync(new Uri(options.Positional[0]), options.Positional[1], options.Int("learners", 200), connectionString),
        "rawtx" => await RawAnswerTransaction.RunAsync(connectionString, options.Int("clients", 8), options.Int("seconds", 10), options.Int("warmup", 2)),
        "faults" when options.Positional.Count == 2 =>
            await FaultLoad.RunAsync(new Uri(options.Positional[0]), options.Positional[1], options.Int("learners", 200), options.Int("seconds", 600),
                options.Int("burst-seconds", 0), connectionString),
        "faults-report" when options.Positional.Count == 2 =>
            await FaultReport.RunAsync(options.Positional[0], options.Positional[1], connectionString, options.Text("setting")),
        "report" when options.Positional.Count == 2 =>
            ReportWriter.Run(options.Positional[0], options.Positional[1], options.Text("bank"), options.Text("load"),
                options.Text("bulk"), options.Text("settings"), options.Text("section")),
        _ => Usage(),
    };
}
catch (Exception e) when (e is HttpRequestException or MySqlConnector.MySqlException or InvalidOperationException)
{
    Console.Error.WriteLine($"load: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: load seed BASE_URL OUT_DIR [--learners N] | faults BASE_URL OUT_DIR [--learners N] [--seconds S] [--burst-seconds S] | faults-report OUT_DIR MARKDOWN [--setting TEXT] | rawtx [--clients N] [--seconds S] [--warmup S] | report RESULTS_TSV MARKDOWN [--bank TEXT] [--load TEXT] [--bulk FILE] [--settings TEXT] [--section FILE]");
    return 2;
}
