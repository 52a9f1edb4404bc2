using AdaptiveLearning.Application.Imports.Format;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Import;

/// <summary>Streams rows into the staging tables with LOAD DATA LOCAL INFILE, the fastest bulk path measured here.</summary>
internal static class StagingLoader
{
    public static async Task LoadKeysAsync(MySqlConnection connection, IReadOnlyList<ParsedFile> files, CancellationToken ct)
    {
        using var keys = new MemoryStream();
        using (var k = new TsvWriter(keys))
            foreach (var question in files.SelectMany(f => f.Questions))
                k.Field(question.ExternalId).EndRow();
        await LoadAsync(connection, StagingTables.Keys, StagingTables.KeyColumns, keys, ct);
    }

    public static async Task LoadAsync(MySqlConnection connection, IReadOnlyList<StagedQuestion> staged, CancellationToken ct)
    {
        using var questions = new MemoryStream();
        using var tags = new MemoryStream();
        using (var q = new TsvWriter(questions))
        using (var t = new TsvWriter(tags))
        {
            for (var row = 0; row < staged.Count; row++)
            {
                WriteQuestion(q, row, staged[row]);
                // question_tags compares tags case-insensitively: one row per distinct tag.
                foreach (var tag in staged[row].Question.Content.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
                    t.Field(row).Field(tag).EndRow();
            }
        }
        await LoadAsync(connection, StagingTables.Questions, StagingTables.QuestionColumns, questions, ct);
        await LoadAsync(connection, StagingTables.Tags, StagingTables.TagColumns, tags, ct);
    }

    private static void WriteQuestion(TsvWriter w, int row, StagedQuestion s)
    {
        var q = s.Question;
        w.Field(row).Field(s.FileNo).Field(q.ExternalId).Field(s.FacetId)
            .Field(q.Content.Type.ToString().ToLowerInvariant())
            .Field(q.ContentJson).Field(q.ContentHash).Field(q.Content.SearchText)
            .Field(q.Content.Difficulty)
            .Field(q.Irt.A).Field(q.Irt.B).Field(q.Irt.C);
        if (s.Existing is { } existing) w.Field(existing.Id); else w.Null();
        w.Field((long)s.Action).Field(s.ContentChanged ? 1 : 0).EndRow();
    }

    private static async Task LoadAsync(MySqlConnection connection, string table, string[] columns, MemoryStream data, CancellationToken ct)
    {
        if (data.Length == 0)
            return;
        data.Position = 0;
        var loader = new MySqlBulkLoader(connection)
        {
            TableName = table,
            Local = true,
            SourceStream = data,
            CharacterSet = "utf8mb4",
            FieldTerminator = "\t",
            LineTerminator = "\n",
            EscapeCharacter = '\\',
            Timeout = 0,
        };
        loader.Columns.AddRange(columns);
        await loader.LoadAsync(ct);
    }
}
