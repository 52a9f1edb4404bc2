using System.Text.Encodings.Web;
using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.ExportQuestions;

/// <summary>One file per facet (in the chosen format) plus a <c>_hierarchy.json</c>; importing the result changes nothing.</summary>
internal sealed class ExportQuestionsHandler(IQuestionExportSource source) : IHandler<ExportQuestionsCommand, ExportSummary>
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<ExportSummary> HandleAsync(ExportQuestionsCommand command, CancellationToken ct)
    {
        if (command.NodePath is not null && !HierarchyPath.TryParse(command.NodePath, out _))
            throw ProblemException.Field("node", $"'{command.NodePath}' is not a hierarchy path.");
        var nodes = await source.NodesAsync(command.NodePath, ct);
        if (nodes.Count == 0 && command.NodePath is not null)
            throw new ProblemException(Problems.NotFound, $"No hierarchy node has the path '{command.NodePath}'.");

        await command.Target.WriteAsync(ImportFile.HierarchyFileName, Write(w => WriteHierarchy(w, nodes)), ct);
        int files = 1, questions = 0;
        foreach (var facet in nodes.Where(n => n.Level == HierarchyPath.MaxDepth))
        {
            var items = await source.QuestionsAsync(facet.Id, command.Status, ct);
            if (items.Count == 0)
                continue;
            var content = command.Format == BankFormat.Json
                ? Write(w => WriteQuestions(w, items))
                : BankFileWriter.Write(command.Format, HierarchyPath.Parse(facet.Path), items.Select(q => (q.ExternalId, QuestionContent.FromJson(q.Content))).ToList());
            await command.Target.WriteAsync(facet.Path + BankFormats.ExtensionOf(command.Format), content, ct);
            files++;
            questions += items.Count;
        }
        return new ExportSummary(files, questions);
    }

    private static void WriteHierarchy(Utf8JsonWriter w, IEnumerable<ExportNode> nodes)
    {
        w.WriteStartObject();
        foreach (var node in nodes)
        {
            w.WriteStartObject(node.Path);
            w.WriteString("name", node.Name);
            if (node.Description is not null) w.WriteString("description", node.Description);
            if (node.SortOrder != 0) w.WriteNumber("sort_order", node.SortOrder);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteQuestions(Utf8JsonWriter w, IEnumerable<ExportedQuestion> questions)
    {
        w.WriteStartArray();
        foreach (var q in questions)
            QuestionItemWriter.Write(w, q.ExternalId, QuestionContent.FromJson(q.Content));
        w.WriteEndArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            write(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
