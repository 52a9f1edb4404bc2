using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Versioned model files <c>correctness-v{n}.zip</c> in one directory. Each file is a zip holding the
/// ML.NET model, the feature layout it was trained with, and a manifest (version, training time, metrics),
/// so one file is everything needed to serve or audit a model.
/// </summary>
public sealed partial class CorrectnessModelStore(string directory)
{
    private const string ManifestEntry = "manifest.json";
    private const string LayoutEntry = "features.json";
    private const string ModelEntry = "model.mlnet.zip";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = directory;

    public CorrectnessModelFile Save(CorrectnessModel model)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Instances share the directory: two saving at once may pick the same version, and the loser takes the next one.
        for (var tries = 1; ; tries++)
        {
            var version = Versions().DefaultIfEmpty(0).Max() + 1;
            var manifest = model.Manifest with { Version = version };
            var path = PathOf(version);
            // Written under a name no reader looks at and no other writer uses, then renamed: a model file is whole
            // or absent, even when its writer dies half-way (the orphaned temporary file is never served).
            var temporary = System.IO.Path.Combine(Directory, $".correctness-{Guid.NewGuid():N}.tmp");
            try
            {
                Write(model, manifest, temporary);
                File.Move(temporary, path, overwrite: false);
                return new CorrectnessModelFile(path, manifest);
            }
            catch (IOException) when (tries < 5 && File.Exists(path))
            {
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Write(CorrectnessModel model, CorrectnessModelManifest manifest, string path)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        WriteJson(zip, ManifestEntry, manifest);
        WriteJson(zip, LayoutEntry, SavedFeatureLayout.From(model.Layout));
        using var buffer = new MemoryStream();
        model.Context.Model.Save(model.Transformer, CorrectnessSchemaView(model), buffer);
        using var entry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open();
        buffer.Position = 0;
        buffer.CopyTo(entry);
    }

    public CorrectnessModel? LoadLatest()
    {
        var versions = Versions().ToList();
        return versions.Count == 0 ? null : Load(PathOf(versions.Max()));
    }

    public static CorrectnessModel Load(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var manifest = ReadJson<CorrectnessModelManifest>(zip, ManifestEntry);
        var layout = ReadJson<SavedFeatureLayout>(zip, LayoutEntry).ToLayout();
        var ml = new MLContext();
        using var buffer = new MemoryStream();
        using (var entry = Entry(zip, ModelEntry).Open())
        {
            entry.CopyTo(buffer);
        }

        buffer.Position = 0;
        var transformer = ml.Model.Load(buffer, out _);
        return new CorrectnessModel(ml, transformer, layout, manifest);
    }

    public IEnumerable<int> Versions() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "correctness-v*.zip")
                .Select(f => VersionPattern().Match(System.IO.Path.GetFileName(f)))
                .Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value))
            : [];

    private string PathOf(int version) => System.IO.Path.Combine(Directory, $"correctness-v{version}.zip");

    private static Microsoft.ML.DataViewSchema CorrectnessSchemaView(CorrectnessModel model) =>
        CorrectnessSchema.Load(model.Context, [], model.Layout.Dimension).Schema;

    private static void WriteJson<T>(ZipArchive zip, string name, T value)
    {
        using var stream = zip.CreateEntry(name).Open();
        JsonSerializer.Serialize(stream, value, Json);
    }

    private static T ReadJson<T>(ZipArchive zip, string name)
    {
        using var stream = Entry(zip, name).Open();
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{name} is empty.");
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? throw new InvalidDataException($"Not a correctness model file: {name} is missing.");

    [GeneratedRegex(@"^correctness-v(\d+)\.zip$")]
    private static partial Regex VersionPattern();
}
