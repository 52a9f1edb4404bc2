using AdaptiveLearning.Application.Imports.Format;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Import;

/// <summary>Streams a batch into the staging tables with LOAD DATA LOCAL INFILE, the fastest bulk path measured here.</summary>
internal static class StagingLoader
{
    public static async Task LoadAsync(MySqlConnection connection, IReadOnlyList<ParsedFile> files,
        IReadOnlyDictionary<string, long> facetIds, CancellationToken ct)
    {
        using var questions = new MemoryStream();
        using var tags = new MemoryStream();
        using (var q = new TsvWriter(questions))
        using (var t = new TsvWriter(tags))
        {
            var row = 0;
            for (var fileNo = 0; fileNo < files.Count; fileNo++)
            {
                var facetId = facetIds[files[fileNo].Facet!.ToString()];
                foreach (var question in files[fileNo].Questions)
                {
                    WriteQuestion(q, row, fileNo, facetId, question);
                    // question_tags compares tags case-insensitively: one row per distinct tag.
                    foreach (var tag in question.Content.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
                        t.Field(row).Field(tag).EndRow();
                    row++;
                }
            }
        }
        await LoadAsync(connection, StagingTables.Questions, StagingTables.QuestionColumns, questions, ct);
        await LoadAsync(connection, StagingTables.Tags, StagingTables.TagColumns, tags, ct);
    }

    private static void WriteQuestion(TsvWriter q, int row, int fileNo, long facetId, ImportedQuestion question) => q
        .Field(row).Field(fileNo).Field(question.ExternalId).Field(facetId)
        .Field(question.Content.Type.ToString().ToLowerInvariant())
        .Field(question.ContentJson).Field(question.ContentHash).Field(question.Content.SearchText)
        .Field(question.Content.Difficulty)
        .Field(question.Irt.A).Field(question.Irt.B).Field(question.Irt.C)
        .EndRow();

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
