"""Strips B24Gen's generated files down to the declarations a user sees (types, documented properties, enum values):
no JSON reading/writing, no converters, no method descriptors, no API classes. A lower bound for what any emitter
that keeps the contract's typed, documented types must make the compiler do."""
import re, sys, glob, os, shutil
src, dst = sys.argv[1], sys.argv[2]
shutil.rmtree(dst, ignore_errors=True); os.makedirs(dst)
def skip_block(lines, i, end):
    while lines[i] != end: i += 1
    return i + 1
for f in glob.glob(os.path.join(src, '*.cs')):
    lines = open(f, encoding='utf-8-sig').read().split('\n')
    if os.path.basename(f) == 'B24Api.g.cs':
        continue
    out = []; i = 0
    while i < len(lines):
        l = lines[i]
        # The API: group classes (with their calls), the classes that attach them (descriptors) or a method's own class; the converters.
        if re.match(r'(public|internal) (static |sealed )?(partial )?class (\w+Api\b|\w+Extensions$|B24Methods$)', l) or l.startswith('file sealed class JsonConverters'):
            while out and (out[-1].startswith('///') or out[-1].startswith('[')): out.pop()
            i = skip_block(lines, i, '}'); continue
        if re.match(r'\[(global::System\.Text\.Json\.Serialization\.)?JsonConverter\(typeof\(JsonConverters\)\)\]$', l.strip()):
            i += 1; continue
        if re.match(r'\s{4}(internal|public) static readonly (global::B24Gen\.Serialization\.)?B24(Object|Enum)Type<', l):
            while out and (out[-1].strip().startswith('///') or out[-1].strip().startswith('[global::System.ComponentModel.EditorBrowsable')): out.pop()
            while not lines[i].rstrip().endswith(';'): i += 1
            i += 1; continue
        if re.match(r'\s{4}(#pragma warning disable CS8618|\[(global::System\.Diagnostics\.CodeAnalysis\.)?SetsRequiredMembers\]|private \w+\(ref (global::B24Gen\.Serialization\.)?B24ObjectReader reader\)|private static void WriteProperties\()', l):
            while out and out[-1].strip().startswith('///'): out.pop()
            if '#pragma' in l or 'SetsRequired' in l:
                i += 1; continue
            i = skip_block(lines, i, '    }')
            if i < len(lines) and lines[i].strip().startswith('#pragma warning restore'): i += 1
            continue
        # A named type's property starts at the type's JsonType.Default, which is left out with the JSON code.
        out.append(re.sub(r' = [\w:.]+\.JsonType\.Default;$', '', l)); i += 1
    open(os.path.join(dst, os.path.basename(f)), 'w').write('\n'.join(out))
