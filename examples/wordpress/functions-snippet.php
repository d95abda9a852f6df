<?php
// Alternative to the plugin: the same two lines in the theme's functions.php.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-sZv2IjkTapZHhvTkGPxW0Z9O/ss4Z+kvSvCj13WWncp//KAG5w2Z9ZI5g9JD3tF6',
		'crossorigin' => 'anonymous',
	) );
} );
