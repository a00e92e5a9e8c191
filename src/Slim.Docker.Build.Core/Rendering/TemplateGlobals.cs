using System.Collections.Concurrent;
using Scriban.Runtime;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// The variables of one render: the model's members in snake_case and the quoting functions. Does what
/// <c>ScriptObject.Import(model, renamer)</c> and <c>Import(name, delegate)</c> do, with the reflection done once per
/// process: the members of each model type and the function objects are found once and reused by every render.
/// </summary>
internal static class TemplateGlobals
{
    private static readonly ConcurrentDictionary<Type, ModelMember[]> MembersByType = new();

    // Stateless wrappers around static methods: one instance serves every render, as Import would create them.
    private static readonly Lazy<KeyValuePair<string, IScriptCustomFunction>[]> Functions = new(() =>
    [
        Function("sh_quote", new Func<string, string>(TemplateFunctions.ShellQuote)),
        Function("sh_join", new Func<IEnumerable<object?>, string>(TemplateFunctions.ShellJoin)),
        Function("exec_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.ExecArray)),
        Function("copy_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.CopyArray)),
        Function("comment", new Func<string, string>(TemplateFunctions.CommentText)),
        Function("comments", new Func<IEnumerable<object?>, string>(TemplateFunctions.Comments)),
        Function("yaml_quote", new Func<string, string>(TemplateFunctions.YamlQuote)),
        Function("docker_kv", new Func<string, string, string>(TemplateFunctions.DockerKeyValue)),
        Function("docker_key", new Func<string, string>(TemplateFunctions.DockerKey)),
        Function("docker_kv_arg", new Func<string, string, string>(TemplateFunctions.DockerKeyArgument)),
        Function("docker_word", new Func<string, string>(TemplateFunctions.DockerWord)),
    ]);

    public static ScriptObject For(object model)
    {
        var globals = new ScriptObject();
        foreach (var member in MembersByType.GetOrAdd(model.GetType(), ModelMember.Of))
        {
            globals.SetValue(member.Name, member.Read(model), member.ReadOnly);
        }

        // Like Import(name, delegate): read-only, after the model, so a model member cannot hide a function.
        foreach (var function in Functions.Value)
        {
            globals.SetValue(function.Key, function.Value, readOnly: true);
        }

        return globals;
    }

    private static KeyValuePair<string, IScriptCustomFunction> Function(string name, Delegate function) =>
        new(name, DynamicCustomFunction.Create(function));
}
