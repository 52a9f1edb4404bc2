using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>Summaries and examples from an assembly's XML documentation file, for parameters the schema generator never sees.</summary>
internal static partial class XmlDocs
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> Files = new();

    public static string? Summary(PropertyInfo property) => Text(Member(property)?.Element("summary"));

    public static string? Example(PropertyInfo property) => Text(Member(property)?.Element("example"));

    /// <summary>A positional record's <c>&lt;param&gt;</c> text for the property its parameter became.</summary>
    public static string? RecordParameter(PropertyInfo property) =>
        Text(Load(property.DeclaringType!.Assembly).GetValueOrDefault($"T:{property.DeclaringType.FullName?.Replace('+', '.')}")
            ?.Elements("param").FirstOrDefault(p => p.Attribute("name")?.Value == property.Name));

    private static XElement? Member(PropertyInfo property) =>
        Load(property.DeclaringType!.Assembly).GetValueOrDefault($"P:{property.DeclaringType.FullName?.Replace('+', '.')}.{property.Name}");

    private static IReadOnlyDictionary<string, XElement> Load(Assembly assembly) => Files.GetOrAdd(assembly, a =>
    {
        var path = Path.ChangeExtension(a.Location, ".xml");
        if (string.IsNullOrEmpty(a.Location) || !File.Exists(path))
            return new Dictionary<string, XElement>();
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => g.First());
    });

    private static string? Text(XElement? element) =>
        element is null ? null : Whitespace().Replace(string.Concat(element.Nodes().Select(NodeText)), " ").Trim() is { Length: > 0 } text ? text : null;

    private static string NodeText(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see => (see.Attribute("langword") ?? see.Attribute("cref"))?.Value.Split('.', ':')[^1] ?? see.Value,
        XElement element => element.Value,
        _ => "",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
