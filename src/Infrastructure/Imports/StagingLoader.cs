using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Domain.Common;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Streams rows to the server with LOAD DATA LOCAL INFILE, the fastest bulk path measured here.</summary>
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

    /// <summary>New questions go straight into questions (inside the batch transaction); changed ones into staging.</summary>
    public static async Task LoadAsync(MySqlConnection connection, IReadOnlyList<StagedQuestion> staged, NewQuestionDefaults defaults, CancellationToken ct)
    {
        using var created = new MemoryStream();
        using var createdKeys = new MemoryStream();
        using var changed = new MemoryStream();
        using var tags = new MemoryStream();
        using (var c = new TsvWriter(created))
        using (var k = new TsvWriter(createdKeys))
        using (var u = new TsvWriter(changed))
        using (var t = new TsvWriter(tags))
        {
            for (var row = 0; row < staged.Count; row++)
            {
                var s = staged[row];
                if (s.Action == ImportAction.Created)
                {
                    WriteNew(c, s, defaults);
                    k.Field(row).Field(s.Question.ExternalId).EndRow();
                }
                else
                {
                    WriteChanged(u, row, s);
                }
                // question_tags compares tags case-insensitively: one row per distinct tag.
                foreach (var tag in s.Question.Content.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
                    t.Field(row).Field(tag).EndRow();
            }
        }
        await LoadAsync(connection, "questions", StagingTables.NewQuestionColumns, created, ct);
        await LoadAsync(connection, StagingTables.Created, StagingTables.CreatedColumns, createdKeys, ct);
        await LoadAsync(connection, StagingTables.Questions, StagingTables.QuestionColumns, changed, ct);
        await LoadAsync(connection, StagingTables.Tags, StagingTables.TagColumns, tags, ct);
    }

    private static void WriteNew(TsvWriter w, StagedQuestion s, NewQuestionDefaults d)
    {
        var q = s.Question;
        w.Field(q.ExternalId).Field(s.FacetId).Field(WireNames.Of(q.Content.Type)).Field(WireNames.Of(d.Status)).Field(1)
            .Field(q.ContentJson).Field(q.ContentHash).Field(q.Content.SearchText).Field(q.Content.Difficulty)
            .Field(q.Irt.A).Field(q.Irt.B).Field(q.Irt.C).Field(0);
        if (d.UserId is { } user) w.Field(user); else w.Null();
        w.Field(d.Now).Field(d.Now).EndRow();
    }

    private static void WriteChanged(TsvWriter w, int row, StagedQuestion s)
    {
        var q = s.Question;
        w.Field(row).Field(s.FileNo).Field(q.ExternalId).Field(s.FacetId).Field(WireNames.Of(q.Content.Type))
            .Field(q.ContentJson).Field(q.ContentHash).Field(q.Content.SearchText).Field(q.Content.Difficulty)
            .Field(q.Irt.A).Field(q.Irt.B).Field(q.Irt.C)
            .Field(s.Existing!.Id).Field((long)s.Action).Field(s.ContentChanged ? 1 : 0).EndRow();
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
