#!/usr/bin/env python3
"""Writes a random-weight vision model pair with LLaVA-1.5-7B's shapes (or smaller, for a dry run)
using llama.cpp's own gguf-py, for the GPU check on a machine that has python3 but no Node.js.

Speed does not depend on weight values, but the server's output parser rejects invalid UTF-8, so
the same "ASCII bias" as the TypeScript tiny-model generator keeps the output printable: a constant
+8 in dimension 0 of every token embedding, and -4 in dimension 0 of the output rows of every token
that is not printable ASCII. Layer weights are kept small so that direction survives 32 layers.

usage: make_random_vlm.py OUT_DIR [--small]
"""
import sys
from pathlib import Path

import numpy as np
from gguf import GGUFWriter, GGMLQuantizationType, TokenType

CHAT_TEMPLATE = (
    "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' }}"
    "{% if message['content'] is string %}{{ message['content'] }}{% else %}"
    "{% for part in message['content'] %}{% if part['type'] == 'text' %}{{ part['text'] }}{% endif %}{% endfor %}"
    "{% endif %}{{ '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}"
)

rng = np.random.default_rng(1234)


def q4_0(rows: int, cols: int, scale: float) -> np.ndarray:
    """Random Q4_0 blocks: per 32 weights, an f16 scale then 16 bytes of 4-bit values."""
    blocks = rng.integers(0, 256, size=(rows, cols // 32, 18), dtype=np.uint8)
    blocks[:, :, 0:2] = np.frombuffer(np.float16(scale).tobytes(), dtype=np.uint8)
    return blocks.reshape(rows, cols // 32 * 18)


def f16(*shape: int, scale: float) -> np.ndarray:
    return (rng.standard_normal(size=shape, dtype=np.float32) * scale).astype(np.float16)


def text_model(path: Path, n_embd: int, n_layer: int, n_ff: int, n_head: int, n_vocab: int) -> None:
    w = GGUFWriter(str(path), "llama")
    w.add_name("random-llava-shaped")
    w.add_context_length(4096)
    w.add_embedding_length(n_embd)
    w.add_block_count(n_layer)
    w.add_feed_forward_length(n_ff)
    w.add_head_count(n_head)
    w.add_head_count_kv(n_head)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_rope_dimension_count(n_embd // n_head)
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{i:02X}>" for i in range(256)] + ["\u2581"]
    types = [TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL] + [TokenType.BYTE] * 256 + [TokenType.NORMAL]
    letters = "abcdefghijklmnopqrstuvwxyz"
    i = 0
    while len(tokens) < n_vocab:
        tokens.append("\u2581" + letters[i % 26] + letters[(i // 26) % 26] + str(i // 676))
        types.append(TokenType.NORMAL)
        i += 1
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_scores([0.0] * n_vocab)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    w.add_chat_template(CHAT_TEMPLATE)

    embd = f16(n_vocab, n_embd, scale=0.02)
    embd[:, 0] = 8.0
    out = f16(n_vocab, n_embd, scale=0.02)
    printable = np.zeros(n_vocab, dtype=bool)
    printable[2] = True  # </s>
    for b in list(range(0x20, 0x7F)) + [0x0A]:
        printable[3 + b] = True
    printable[259:] = True  # the space token and the ASCII filler words
    out[:, 0] = np.where(printable, 0.0, -4.0)
    w.add_tensor("token_embd.weight", embd)
    w.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    w.add_tensor("output.weight", out)
    small = 0.002
    for b in range(n_layer):
        w.add_tensor(f"blk.{b}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        w.add_tensor(f"blk.{b}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        for t in ("attn_q", "attn_k", "attn_v", "attn_output"):
            w.add_tensor(f"blk.{b}.{t}.weight", q4_0(n_embd, n_embd, small), raw_dtype=GGMLQuantizationType.Q4_0)
        w.add_tensor(f"blk.{b}.ffn_gate.weight", q4_0(n_ff, n_embd, small), raw_dtype=GGMLQuantizationType.Q4_0)
        w.add_tensor(f"blk.{b}.ffn_up.weight", q4_0(n_ff, n_embd, small), raw_dtype=GGMLQuantizationType.Q4_0)
        w.add_tensor(f"blk.{b}.ffn_down.weight", q4_0(n_embd, n_ff, small), raw_dtype=GGMLQuantizationType.Q4_0)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def mmproj(path: Path, image: int, patch: int, v_embd: int, v_ff: int, v_layer: int, v_head: int, text_embd: int) -> None:
    w = GGUFWriter(str(path), "clip")
    w.add_bool("clip.has_vision_encoder", True)
    w.add_string("clip.projector_type", "mlp")
    w.add_uint32("clip.vision.image_size", image)
    w.add_uint32("clip.vision.patch_size", patch)
    w.add_uint32("clip.vision.embedding_length", v_embd)
    w.add_uint32("clip.vision.feed_forward_length", v_ff)
    w.add_uint32("clip.vision.block_count", v_layer)
    w.add_uint32("clip.vision.attention.head_count", v_head)
    w.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-5)
    w.add_uint32("clip.vision.projection_dim", text_embd)
    w.add_array("clip.vision.image_mean", [0.48145466, 0.4578275, 0.40821073])
    w.add_array("clip.vision.image_std", [0.26862954, 0.26130258, 0.27577711])
    n_pos = (image // patch) ** 2 + 1
    w.add_tensor("v.patch_embd.weight", f16(v_embd, 3, patch, patch, scale=0.02).astype(np.float32))
    w.add_tensor("v.class_embd", f16(v_embd, scale=0.02).astype(np.float32))
    w.add_tensor("v.position_embd.weight", f16(n_pos, v_embd, scale=0.02))
    for b in range(v_layer):
        for t in ("attn_q", "attn_k", "attn_v", "attn_out"):
            w.add_tensor(f"v.blk.{b}.{t}.weight", f16(v_embd, v_embd, scale=0.02))
        w.add_tensor(f"v.blk.{b}.ffn_up.weight", f16(v_ff, v_embd, scale=0.02))
        w.add_tensor(f"v.blk.{b}.ffn_down.weight", f16(v_embd, v_ff, scale=0.02))
    w.add_tensor("mm.0.weight", f16(text_embd, v_embd, scale=0.02))
    w.add_tensor("mm.0.bias", np.zeros(text_embd, dtype=np.float32))
    w.add_tensor("mm.2.weight", f16(text_embd, text_embd, scale=0.02))
    w.add_tensor("mm.2.bias", np.zeros(text_embd, dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if "--small" in sys.argv:
        text_model(out / "model.gguf", n_embd=256, n_layer=4, n_ff=512, n_head=4, n_vocab=1000)
        mmproj(out / "mmproj.gguf", image=56, patch=14, v_embd=64, v_ff=128, v_layer=2, v_head=2, text_embd=256)
    else:
        # LLaVA-1.5-7B: llama 4096 wide, 32 layers, ff 11008, 32 heads, vocab 32000; CLIP-L/14-336.
        text_model(out / "model.gguf", n_embd=4096, n_layer=32, n_ff=11008, n_head=32, n_vocab=32000)
        mmproj(out / "mmproj.gguf", image=336, patch=14, v_embd=1024, v_ff=4096, v_layer=24, v_head=16, text_embd=4096)
    for f in sorted(out.glob("*.gguf")):
        print(f"{f.name}: {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
